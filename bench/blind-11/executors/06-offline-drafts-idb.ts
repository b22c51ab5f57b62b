// expect: none
// Correct: openDb settles on success or error (blocked only notifies, since success/error still follows), and the transaction helper settles on complete, error or abort.
export interface Draft {
  id: string;
  threadId: string | null;
  to: string[];
  subject: string;
  body: string;
  updatedAt: number;
}

const DB_NAME = 'mail-offline';
const DB_VERSION = 3;

let dbPromise: Promise<IDBDatabase> | null = null;

function openDb(onBlocked?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);

    req.onupgradeneeded = (event) => {
      const db = req.result;
      if (event.oldVersion < 1) {
        db.createObjectStore('drafts', { keyPath: 'id' });
      }
      if (event.oldVersion < 3) {
        const store = req.transaction!.objectStore('drafts');
        if (!store.indexNames.contains('byUpdated')) store.createIndex('byUpdated', 'updatedAt');
      }
    };

    req.onsuccess = () => {
      const db = req.result;
      // another tab upgraded the schema; close so it isn't blocked by us
      db.onversionchange = () => {
        db.close();
        dbPromise = null;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => onBlocked?.();
  });
}

function getDb(): Promise<IDBDatabase> {
  if (!dbPromise) {
    dbPromise = openDb(() => console.info('[drafts] waiting for other tabs to close the old database'));
    dbPromise.catch(() => {
      dbPromise = null;
    });
  }
  return dbPromise;
}

function runTx<T>(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('drafts', mode);
    const req = work(tx.objectStore('drafts'));
    tx.oncomplete = () => resolve(req ? req.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
}

export async function saveDraft(draft: Omit<Draft, 'updatedAt'>): Promise<void> {
  const db = await getDb();
  await runTx(db, 'readwrite', (store) => store.put({ ...draft, updatedAt: Date.now() }));
}

export async function getDraft(id: string): Promise<Draft | undefined> {
  const db = await getDb();
  return (await runTx<Draft>(db, 'readonly', (store) => store.get(id))) ?? undefined;
}

export async function listRecentDrafts(limit = 20): Promise<Draft[]> {
  const db = await getDb();
  const all = await runTx<Draft[]>(db, 'readonly', (store) => store.index('byUpdated').getAll());
  return (all ?? []).sort((a, b) => b.updatedAt - a.updatedAt).slice(0, limit);
}

export async function deleteDraft(id: string): Promise<void> {
  const db = await getDb();
  await runTx(db, 'readwrite', (store) => {
    store.delete(id);
  });
}
