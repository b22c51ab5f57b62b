// expect: no-uncalled-async-function
// When the editor is closed without unsaved changes, the ternary yields the method `this.discardDraft` itself instead of calling it; awaiting a function does nothing, so the server-side draft is never deleted and the next open offers to "restore" stale text.
interface DraftApiOptions {
  signal?: AbortSignal;
  keepalive?: boolean;
}

export class DocumentEditor {
  private dirty = false;
  private content = '';
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly docId: string,
    private readonly root: HTMLElement,
    private readonly api = '/api/docs',
  ) {}

  onInput(text: string): void {
    this.content = text;
    this.dirty = true;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.flush().catch((err) => this.showError(`Autosave failed: ${String(err)}`));
    }, 1_500);
  }

  async flush(opts: DraftApiOptions = {}): Promise<void> {
    if (!this.dirty) return;
    const body = JSON.stringify({ content: this.content, savedAt: Date.now() });
    const res = await fetch(`${this.api}/${this.docId}/draft`, { method: 'PUT', body, ...opts });
    if (!res.ok) throw new Error(`draft save failed: HTTP ${res.status}`);
    this.dirty = false;
  }

  async discardDraft(): Promise<void> {
    const res = await fetch(`${this.api}/${this.docId}/draft`, { method: 'DELETE', keepalive: true });
    if (!res.ok && res.status !== 404) throw new Error(`could not discard draft: HTTP ${res.status}`);
  }

  async close(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.root.setAttribute('aria-busy', 'true');
    try {
      await (this.dirty ? this.flush() : this.discardDraft);
      this.root.dispatchEvent(new CustomEvent('editor:closed', { detail: { docId: this.docId }, bubbles: true }));
      this.root.replaceChildren();
    } catch (err) {
      this.showError(String(err));
    } finally {
      this.root.removeAttribute('aria-busy');
    }
  }

  private showError(message: string): void {
    const banner = document.createElement('div');
    banner.className = 'editor-error';
    banner.setAttribute('role', 'alert');
    banner.textContent = message;
    this.root.prepend(banner);
  }
}
