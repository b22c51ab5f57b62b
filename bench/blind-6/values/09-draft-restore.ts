// expect: no-read-before-settle
// `draft` is set in the IndexedDB request's onsuccess handler, which runs after the current task, but restoreDraft returns it synchronously, so the editor always starts empty.
interface DraftRecord {
  docId: string;
  body: string;
  cursor: number;
  savedAt: number;
}

const DB_NAME = 'editor-drafts';
const STORE = 'drafts';
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export function openDraftDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'docId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('draft database is blocked by another tab'));
  });
}

export class DraftRestorer {
  constructor(
    private readonly db: IDBDatabase,
    private readonly editor: HTMLTextAreaElement,
  ) {}

  restoreDraft(docId: string): DraftRecord | null {
    const tx = this.db.transaction(STORE, 'readonly');
    const request = tx.objectStore(STORE).get(docId);
    let draft: DraftRecord | null = null;

    request.onsuccess = () => {
      const record = request.result as DraftRecord | undefined;
      if (record && Date.now() - record.savedAt < MAX_AGE_MS) draft = record;
    };
    request.onerror = () => {
      console.warn(`could not read draft for ${docId}`, request.error);
    };

    if (draft) this.applyToEditor(draft);
    return draft;
  }

  private applyToEditor(draft: DraftRecord): void {
    this.editor.value = draft.body;
    this.editor.setSelectionRange(draft.cursor, draft.cursor);
    this.editor.dispatchEvent(new CustomEvent('draft-restored', { detail: { docId: draft.docId } }));
  }

  saveDraft(docId: string): void {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put({
      docId,
      body: this.editor.value,
      cursor: this.editor.selectionStart,
      savedAt: Date.now(),
    } satisfies DraftRecord);
    tx.onerror = () => console.warn('draft save failed', tx.error);
  }
}
