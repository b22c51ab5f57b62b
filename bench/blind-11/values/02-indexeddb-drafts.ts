// expect: none
// Request results are only read inside onsuccess/oncomplete handlers, and each helper resolves a Promise from there.
export interface Draft {
  id: string;
  conversationId: string;
  body: string;
  updatedAt: number;
}

const DB_NAME = 'composer';
const STORE = 'drafts';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) {
        const store = db.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('byConversation', 'conversationId');
        store.createIndex('byUpdatedAt', 'updatedAt');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class DraftStore {
  private dbPromise: Promise<IDBDatabase> | null = null;

  private db(): Promise<IDBDatabase> {
    this.dbPromise ??= openDb();
    return this.dbPromise;
  }

  async get(id: string): Promise<Draft | undefined> {
    const db = await this.db();
    return new Promise((resolve, reject) => {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(id);
      req.onsuccess = () => resolve(req.result as Draft | undefined);
      req.onerror = () => reject(req.error);
    });
  }

  async save(draft: Omit<Draft, 'updatedAt'>): Promise<Draft> {
    const db = await this.db();
    const record: Draft = { ...draft, updatedAt: Date.now() };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    return record;
  }

  /** Removes drafts untouched for longer than maxAgeMs and reports how many went. */
  async prune(maxAgeMs: number): Promise<number> {
    const db = await this.db();
    const cutoff = Date.now() - maxAgeMs;
    return new Promise((resolve, reject) => {
      let removed = 0;
      const tx = db.transaction(STORE, 'readwrite');
      const range = IDBKeyRange.upperBound(cutoff);
      const cursorReq = tx.objectStore(STORE).index('byUpdatedAt').openCursor(range);
      cursorReq.onsuccess = () => {
        const cursor = cursorReq.result;
        if (!cursor) return;
        cursor.delete();
        removed++;
        cursor.continue();
      };
      tx.oncomplete = () => resolve(removed);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('prune aborted'));
    });
  }
}
