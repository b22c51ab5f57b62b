// expect: no-floating-promises
// The MutationObserver callback is async and the DOM ignores its promise, so when saveDraft rejects (offline, 409 conflict) nothing catches it: `saving` stays true so every later edit is silently skipped, the badge stays on "Saving…", and the user is never told the draft is not being saved.
export interface DraftPayload {
  documentId: string;
  html: string;
  baseRevision: number;
}

declare const api: {
  saveDraft(draft: DraftPayload, opts?: { signal?: AbortSignal }): Promise<{ revision: number; savedAt: string }>;
};

export class AutosaveController {
  private observer: MutationObserver | null = null;
  private revision: number;
  private saving = false;
  private dirty = false;

  constructor(
    private readonly editor: HTMLElement,
    private readonly badge: HTMLElement,
    private readonly documentId: string,
    initialRevision: number,
  ) {
    this.revision = initialRevision;
  }

  start(): void {
    this.observer = new MutationObserver(async () => {
      if (this.saving) {
        this.dirty = true;
        return;
      }
      this.saving = true;
      this.badge.textContent = 'Saving…';
      this.badge.dataset.state = 'saving';

      let savedAt = '';
      do {
        this.dirty = false;
        const result = await api.saveDraft({
          documentId: this.documentId,
          html: this.editor.innerHTML,
          baseRevision: this.revision,
        });
        this.revision = result.revision;
        savedAt = result.savedAt;
      } while (this.dirty);

      this.saving = false;
      this.badge.textContent = `Saved ${new Date(savedAt).toLocaleTimeString()}`;
      this.badge.dataset.state = 'saved';
    });
    this.observer.observe(this.editor, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}
