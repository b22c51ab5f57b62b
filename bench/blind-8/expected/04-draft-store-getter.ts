// expect: none
// `db` is a getter, so `await this.db` runs it and awaits the memoized open request; a failed open clears the memo so the next access tries again.
export interface Draft {
  id: string;
  body: string;
  updatedAt: number;
}

function requestToPromise<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export class DraftStore {
  private opening: Promise<IDBDatabase> | null = null;

  constructor(private readonly dbName = 'composer-drafts') {}

  private get db(): Promise<IDBDatabase> {
    if (!this.opening) {
      this.opening = new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(this.dbName, 2);
        req.onupgradeneeded = () => {
          if (!req.result.objectStoreNames.contains('drafts')) {
            req.result.createObjectStore('drafts', { keyPath: 'id' });
          }
        };
        req.onblocked = () => console.warn(`[drafts] upgrade of ${this.dbName} waiting for other tabs to close`);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error(`cannot open ${this.dbName}`));
      });
      this.opening.catch(() => {
        this.opening = null;
      });
    }
    return this.opening;
  }

  async save(draft: Draft): Promise<void> {
    const db = await this.db;
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put({ ...draft, updatedAt: Date.now() });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('draft save failed'));
      tx.onabort = () => reject(tx.error ?? new Error('draft save aborted'));
    });
  }

  async load(id: string): Promise<Draft | undefined> {
    const db = await this.db;
    const store = db.transaction('drafts', 'readonly').objectStore('drafts');
    return requestToPromise<Draft | undefined>(store.get(id));
  }

  async listRecent(limit = 20): Promise<Draft[]> {
    const db = await this.db;
    const all = await requestToPromise<Draft[]>(db.transaction('drafts', 'readonly').objectStore('drafts').getAll());
    return all.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
  }
}
