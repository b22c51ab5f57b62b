// expect: none
// The open-database promise is an intentional memo: saves reuse the settled connection, and after a failed open or a closed connection the memo is cleared so the retry awaits a newly opened database.
export interface Draft {
  docId: string;
  body: string;
  cursor: number;
  updatedAt: number;
}

const DB_NAME = 'editor-drafts';
const STORE = 'drafts';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) {
        db.createObjectStore(STORE, { keyPath: 'docId' }).createIndex('updatedAt', 'updatedAt');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`could not open ${DB_NAME}`));
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
  });
}

export class DraftStore {
  private db: Promise<IDBDatabase> | null = null;

  private connection(): Promise<IDBDatabase> {
    if (!this.db) {
      const opening = openDatabase().then((db) => {
        db.onversionchange = () => {
          db.close();
          if (this.db === opening) this.db = null;
        };
        return db;
      });
      opening.catch(() => {
        if (this.db === opening) this.db = null;
      });
      this.db = opening;
    }
    return this.db;
  }

  async save(draft: Omit<Draft, 'updatedAt'>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const db = await this.connection();
      try {
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put({ ...draft, updatedAt: Date.now() });
        await transactionDone(tx);
        return;
      } catch (err) {
        const closedUnderUs = err instanceof DOMException && err.name === 'InvalidStateError';
        if (!closedUnderUs || attempt >= 2) throw err;
        console.info('[drafts] connection was closed, reopening');
        this.db = null;
      }
    }
  }

  async load(docId: string): Promise<Draft | undefined> {
    const db = await this.connection();
    const tx = db.transaction(STORE, 'readonly');
    const req = tx.objectStore(STORE).get(docId);
    await transactionDone(tx);
    return req.result as Draft | undefined;
  }
}
