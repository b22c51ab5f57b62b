// expect: none
// `draft` is assigned in the IDBRequest's onsuccess handler, and load() awaits the Promise that handler resolves before reading it, so the saved draft (not the fallback) is returned.
export interface Draft {
  docId: string;
  body: string;
  cursor: number;
  savedAt: number;
}

const DB_NAME = 'editor-drafts';
const STORE = 'drafts';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'docId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class DraftStore {
  private db: Promise<IDBDatabase> | null = null;

  private database(): Promise<IDBDatabase> {
    this.db ??= openDb();
    return this.db;
  }

  async load(docId: string, fallbackBody: string): Promise<Draft> {
    const db = await this.database();
    const tx = db.transaction(STORE, 'readonly');
    let draft: Draft | undefined;
    await new Promise<void>((resolve, reject) => {
      const req = tx.objectStore(STORE).get(docId);
      req.onsuccess = () => {
        draft = req.result as Draft | undefined;
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    return draft ?? { docId, body: fallbackBody, cursor: 0, savedAt: 0 };
  }

  async save(draft: Omit<Draft, 'savedAt'>): Promise<void> {
    const db = await this.database();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put({ ...draft, savedAt: Date.now() });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('draft save aborted'));
    });
  }
}

export async function restoreEditor(store: DraftStore, editor: HTMLTextAreaElement, docId: string): Promise<void> {
  const draft = await store.load(docId, editor.value);
  editor.value = draft.body;
  editor.setSelectionRange(draft.cursor, draft.cursor);
  if (draft.savedAt > 0) editor.dataset.restoredAt = new Date(draft.savedAt).toLocaleString();
}
