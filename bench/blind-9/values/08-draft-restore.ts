// expect: no-read-before-settle
// The IndexedDB get request's onsuccess fires asynchronously, so restoreDraft() reads `draft` while it is still null and the editor never gets the saved text back.
interface Draft {
  docId: string;
  body: string;
  savedAt: number;
}

const STORE = 'drafts';

export class DraftStore {
  constructor(private readonly db: IDBDatabase) {}

  save(draft: Draft): void {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(draft);
    tx.onerror = () => console.error('draft save failed', tx.error);
  }

  restoreDraft(docId: string, editor: HTMLTextAreaElement, serverVersion: { body: string; updatedAt: number }): boolean {
    let draft: Draft | null = null;

    const tx = this.db.transaction(STORE, 'readonly');
    const req = tx.objectStore(STORE).get(docId) as IDBRequest<Draft | undefined>;
    req.onsuccess = () => {
      draft = req.result ?? null;
    };
    req.onerror = () => {
      console.warn('could not read draft', req.error);
    };

    const local = draft as Draft | null;
    if (local && local.savedAt > serverVersion.updatedAt && local.body !== serverVersion.body) {
      editor.value = local.body;
      editor.dataset.restored = String(local.savedAt);
      return true;
    }
    editor.value = serverVersion.body;
    delete editor.dataset.restored;
    return false;
  }

  discard(docId: string): void {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(docId);
  }
}

export function wireAutosave(store: DraftStore, docId: string, editor: HTMLTextAreaElement): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onInput = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => store.save({ docId, body: editor.value, savedAt: Date.now() }), 800);
  };
  editor.addEventListener('input', onInput);
  return () => {
    clearTimeout(timer);
    editor.removeEventListener('input', onInput);
  };
}
