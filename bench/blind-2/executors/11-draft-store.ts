// expect: none
// The cursor's success callback fires once per record; the promise resolves only when the cursor is exhausted (or the cap is hit), and transaction/request errors reject, so the caller gets the full list once.
export interface Draft {
  id: string;
  docId: string;
  body: string;
  updatedAt: number;
}

const STORE = 'drafts';

export function openDraftDb(name = 'editor-drafts'): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 3);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) {
        db.createObjectStore(STORE, { keyPath: 'id' }).createIndex('byDoc', 'docId');
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`cannot open ${name}`));
    req.onblocked = () => reject(new Error(`${name} upgrade blocked by another tab`));
  });
}

export function draftsForDocument(db: IDBDatabase, docId: string, max = 50): Promise<Draft[]> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, 'readonly');
    const req = tx.objectStore(STORE).index('byDoc').openCursor(IDBKeyRange.only(docId), 'prev');
    const drafts: Draft[] = [];

    tx.onabort = () => reject(tx.error ?? new Error('draft transaction aborted'));
    req.onerror = () => reject(req.error ?? new Error('draft cursor failed'));
    req.onsuccess = () => {
      const cursor = req.result;
      if (cursor && drafts.length < max) {
        drafts.push(cursor.value as Draft);
        cursor.continue();
      } else {
        drafts.sort((a, b) => b.updatedAt - a.updatedAt);
        resolve(drafts);
      }
    };
  });
}

export async function latestDraft(docId: string): Promise<Draft | undefined> {
  const db = await openDraftDb();
  try {
    const [newest] = await draftsForDocument(db, docId, 1);
    return newest;
  } finally {
    db.close();
  }
}
