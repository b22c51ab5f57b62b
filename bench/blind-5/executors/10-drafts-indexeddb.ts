// expect: none
// Every outcome of indexedDB.open settles exactly once through the done flag and clears the timer; a success arriving after the timeout closes the late connection, and a blocked upgrade is left to the timer.
export interface Draft {
  id: string;
  title: string;
  html: string;
  updatedAt: number;
}

export function openDraftsDb(timeoutMs = 4_000): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let done = false;
    const fail = (err: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(err);
    };
    const timer = setTimeout(() => fail(new Error('opening drafts DB timed out (another tab may hold an older version open)')), timeoutMs);

    const req = indexedDB.open('drafts', 3);
    req.onupgradeneeded = (ev) => {
      const db = req.result;
      if (ev.oldVersion < 1) db.createObjectStore('drafts', { keyPath: 'id' });
      if (ev.oldVersion < 2) db.createObjectStore('attachments', { keyPath: ['draftId', 'name'] });
      if (ev.oldVersion < 3) req.transaction!.objectStore('drafts').createIndex('byUpdated', 'updatedAt');
    };
    req.onsuccess = () => {
      const db = req.result;
      if (done) {
        db.close();
        return;
      }
      done = true;
      clearTimeout(timer);
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => fail(req.error ?? new Error('indexedDB.open failed'));
    req.onblocked = () => console.warn('drafts DB upgrade blocked by another tab; waiting');
  });
}

export function putDraft(db: IDBDatabase, draft: Draft): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').put({ ...draft, updatedAt: Date.now() });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('draft transaction aborted'));
  });
}
