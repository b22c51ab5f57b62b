// expect: no-read-before-settle
// IDBRequest.onsuccess runs after the current task, so this.draft is still undefined when restoreDraft checks it right after issuing the get, and a saved draft is never put back into the editor.
const DB_NAME = 'composer';
const STORE = 'drafts';
const SAVE_DELAY_MS = 400;

interface Draft {
  threadId: string;
  body: string;
  updatedAt: number;
}

function openDraftDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'threadId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('could not open draft database'));
  });
}

export class DraftController {
  private db: IDBDatabase | undefined;
  private draft: Draft | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly editor: HTMLTextAreaElement,
    private readonly status: HTMLElement,
    private readonly threadId: string,
  ) {}

  async attach(): Promise<void> {
    this.db = await openDraftDb();
    this.restoreDraft(this.db);
    this.editor.addEventListener('input', this.scheduleSave);
  }

  detach(): void {
    this.editor.removeEventListener('input', this.scheduleSave);
    clearTimeout(this.saveTimer);
    this.db?.close();
    this.db = undefined;
  }

  private restoreDraft(db: IDBDatabase): void {
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(this.threadId);
    req.onsuccess = () => {
      this.draft = req.result as Draft | undefined;
    };
    req.onerror = () => console.warn('[drafts] read failed', req.error);

    if (this.draft?.body && this.editor.value.trim() === '') {
      this.editor.value = this.draft.body;
      this.status.textContent = `Draft restored (${new Date(this.draft.updatedAt).toLocaleTimeString()})`;
    }
  }

  private readonly scheduleSave = (): void => {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  };

  private save(): void {
    if (!this.db) return;
    const draft: Draft = { threadId: this.threadId, body: this.editor.value, updatedAt: Date.now() };
    const tx = this.db.transaction(STORE, 'readwrite');
    if (draft.body.trim() === '') tx.objectStore(STORE).delete(this.threadId);
    else tx.objectStore(STORE).put(draft);
    tx.oncomplete = () => {
      this.status.textContent = 'Draft saved';
    };
    tx.onerror = () => {
      this.status.textContent = 'Could not save draft';
    };
  }
}

export async function mountComposer(root: HTMLElement, threadId: string): Promise<DraftController | null> {
  const editor = root.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  const status = root.querySelector<HTMLElement>('[data-draft-status]');
  if (!editor || !status) return null;
  const controller = new DraftController(editor, status, threadId);
  await controller.attach();
  return controller;
}
