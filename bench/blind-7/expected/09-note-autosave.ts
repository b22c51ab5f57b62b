// expect: no-uncalled-async-function
// For existing notes the ternary yields the pushUpdate function uncalled, so edits are never sent while the editor reports "Saved".
interface NoteDraft {
  id?: string;
  title: string;
  body: string;
  updatedAt: number;
}

declare const notesApi: {
  create(draft: NoteDraft, opts?: { signal?: AbortSignal }): Promise<{ id: string }>;
  update(id: string, patch: Pick<NoteDraft, 'title' | 'body'>, opts?: { signal?: AbortSignal }): Promise<void>;
};

export class NoteAutosaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private dirty = false;

  constructor(
    private readonly draft: NoteDraft,
    private readonly status: HTMLElement,
    private readonly debounceMs = 800,
  ) {}

  markDirty(patch: Partial<Pick<NoteDraft, 'title' | 'body'>>): void {
    Object.assign(this.draft, patch, { updatedAt: Date.now() });
    this.dirty = true;
    this.status.textContent = 'Unsaved changes';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.flush().catch((err: unknown) => {
        if (err instanceof DOMException && err.name === 'AbortError') return;
        console.error('autosave failed', err);
        this.status.textContent = 'Could not save — retrying on next edit';
      });
    }, this.debounceMs);
  }

  async flush(): Promise<void> {
    if (!this.dirty) return;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const draft = this.draft;
    this.status.textContent = 'Saving…';

    const pushUpdate = async (): Promise<void> => {
      await notesApi.update(draft.id!, { title: draft.title, body: draft.body }, { signal: controller.signal });
    };
    const createFirst = async (): Promise<void> => {
      const { id } = await notesApi.create(draft, { signal: controller.signal });
      draft.id = id;
      history.replaceState(null, '', `/notes/${id}`);
    };

    await (draft.id ? pushUpdate : createFirst());

    if (this.controller === controller) {
      this.dirty = false;
      this.status.textContent = `Saved at ${new Date().toLocaleTimeString()}`;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
  }
}
