// expect: no-read-before-settle
// this.draft is assigned in the IDB request's onsuccess handler, which fires on a later task; mount() reads it immediately afterwards, so the textarea always starts empty and the first keystroke overwrites the saved draft.
interface Draft {
  threadId: string;
  body: string;
  updatedAt: number;
}

export class CommentComposer {
  private draft: Draft | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly textarea: HTMLTextAreaElement;
  private readonly status: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly db: IDBDatabase,
    private readonly threadId: string,
  ) {
    this.textarea = document.createElement('textarea');
    this.textarea.className = 'composer__input';
    this.status = document.createElement('span');
    this.status.className = 'composer__status';
  }

  mount(): void {
    const req = this.db.transaction('drafts', 'readonly').objectStore('drafts').get(this.threadId);
    req.onsuccess = () => {
      this.draft = (req.result as Draft | undefined) ?? null;
    };
    req.onerror = () => {
      console.warn('could not read draft', this.threadId, req.error);
    };

    const restored = this.draft?.body ?? '';
    this.textarea.value = restored;
    this.status.textContent = restored ? 'Draft restored' : '';
    this.root.replaceChildren(this.textarea, this.status);

    this.textarea.addEventListener('input', () => {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => this.persist(), 400);
    });
  }

  private persist(): void {
    const draft: Draft = { threadId: this.threadId, body: this.textarea.value, updatedAt: Date.now() };
    const tx = this.db.transaction('drafts', 'readwrite');
    const store = tx.objectStore('drafts');
    if (draft.body.trim() === '') {
      store.delete(this.threadId);
    } else {
      store.put(draft);
    }
    tx.oncomplete = () => {
      this.draft = draft;
      this.status.textContent = `Saved ${new Date(draft.updatedAt).toLocaleTimeString()}`;
    };
    tx.onerror = () => {
      this.status.textContent = 'Draft not saved';
    };
  }

  unmount(): void {
    clearTimeout(this.saveTimer);
    this.root.replaceChildren();
  }
}
