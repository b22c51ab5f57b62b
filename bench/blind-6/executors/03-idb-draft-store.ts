// expect: none
// Each IndexedDB wrapper settles from both the success and the failure path (onsuccess/onerror, oncomplete/onerror/onabort; onblocked only delays onsuccess), so no request can leave its promise pending.
export interface Draft {
  id: string;
  threadId: string;
  body: string;
  savedAt: number;
}

const DB_NAME = 'mail-drafts';
const STORE = 'drafts';

function openDraftDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 3);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) {
        const store = db.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('byThread', 'threadId');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    req.onblocked = () => console.warn('[drafts] upgrade waiting for another tab to close the old database version');
  });
}

function txDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction error'));
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
  });
}

export class DraftStore {
  private dbPromise: Promise<IDBDatabase> | null = null;

  private db(): Promise<IDBDatabase> {
    this.dbPromise ??= openDraftDb();
    return this.dbPromise;
  }

  async save(draft: Omit<Draft, 'savedAt'>): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put({ ...draft, savedAt: Date.now() });
    await txDone(tx);
  }

  async forThread(threadId: string): Promise<Draft[]> {
    const db = await this.db();
    const tx = db.transaction(STORE, 'readonly');
    const index = tx.objectStore(STORE).index('byThread');
    return new Promise<Draft[]>((resolve, reject) => {
      const req = index.getAll(IDBKeyRange.only(threadId));
      req.onsuccess = () => resolve((req.result as Draft[]).sort((a, b) => b.savedAt - a.savedAt));
      req.onerror = () => reject(req.error ?? new Error(`could not read drafts for ${threadId}`));
    });
  }
}
