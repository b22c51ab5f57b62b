// expect: none
// Each transaction promise settles on 'complete' or 'abort' (every failed request and quota error ends in abort), open() handles success and error (a blocked upgrade just waits until older tabs close their connection on versionchange).

export interface Draft {
  id: string;
  threadId: string;
  body: string;
  updatedAt: number;
}

const DB_NAME = 'mail-outbox';
const DB_VERSION = 3;

export class DraftOutbox {
  private dbPromise: Promise<IDBDatabase> | null = null;

  private open(): Promise<IDBDatabase> {
    if (this.dbPromise) return this.dbPromise;
    const opening = new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('drafts')) {
          db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byThread', 'threadId');
        }
      };
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          this.dbPromise = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error ?? new Error(`could not open ${DB_NAME}`));
    });
    this.dbPromise = opening;
    opening.catch(() => {
      if (this.dbPromise === opening) this.dbPromise = null;
    });
    return opening;
  }

  private async write(fn: (store: IDBObjectStore) => void): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('drafts', 'readwrite');
    try {
      fn(tx.objectStore('drafts'));
    } catch (err) {
      tx.abort();
      throw err;
    }
    return new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new DOMException('draft transaction aborted', 'AbortError'));
    });
  }

  save(draft: Omit<Draft, 'updatedAt'>): Promise<void> {
    return this.write((store) => {
      store.put({ ...draft, updatedAt: Date.now() });
    });
  }

  discardThread(threadId: string): Promise<void> {
    return this.write((store) => {
      const cursorReq = store.index('byThread').openCursor(IDBKeyRange.only(threadId));
      cursorReq.onsuccess = () => {
        const cursor = cursorReq.result;
        if (!cursor) return;
        cursor.delete();
        cursor.continue();
      };
    });
  }

  async forThread(threadId: string): Promise<Draft[]> {
    const db = await this.open();
    const req = db.transaction('drafts', 'readonly').objectStore('drafts').index('byThread').getAll(threadId);
    return new Promise<Draft[]>((resolve, reject) => {
      req.onsuccess = () => resolve((req.result as Draft[]).sort((a, b) => b.updatedAt - a.updatedAt));
      req.onerror = () => reject(req.error ?? new Error('reading drafts failed'));
    });
  }
}
