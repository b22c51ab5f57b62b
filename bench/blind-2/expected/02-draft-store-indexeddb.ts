// expect: none
// `this.ready` is the promise returned by openDatabase() in the constructor (a value, not a method), so `await this.ready` really waits for the IndexedDB open/upgrade before each transaction.
export interface Draft {
  id: string;
  title: string;
  body: string;
  updatedAt: number;
}

function openDatabase(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('drafts')) {
        const store = db.createObjectStore('drafts', { keyPath: 'id' });
        store.createIndex('byUpdated', 'updatedAt');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function requestResult<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

export class DraftStore {
  private readonly ready: Promise<IDBDatabase>;

  constructor(name = 'editor-drafts') {
    this.ready = openDatabase(name, 2);
    this.ready.catch((err: unknown) => console.error(`draft store ${name} unavailable`, err));
  }

  async save(draft: Omit<Draft, 'updatedAt'>): Promise<Draft> {
    const db = await this.ready;
    const stored: Draft = { ...draft, updatedAt: Date.now() };
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put(stored);
    await committed(tx);
    return stored;
  }

  async load(id: string): Promise<Draft | undefined> {
    const db = await this.ready;
    const req = db.transaction('drafts', 'readonly').objectStore('drafts').get(id) as IDBRequest<Draft | undefined>;
    return requestResult(req);
  }

  async recent(limit = 10): Promise<Draft[]> {
    const db = await this.ready;
    const index = db.transaction('drafts', 'readonly').objectStore('drafts').index('byUpdated');
    const all = await requestResult(index.getAll() as IDBRequest<Draft[]>);
    return all.slice(-limit).reverse();
  }

  async remove(id: string): Promise<void> {
    const db = await this.ready;
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').delete(id);
    await committed(tx);
  }
}
