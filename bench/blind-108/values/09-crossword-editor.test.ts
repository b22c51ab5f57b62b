// expect: none
// Every assertion on isComplete() either awaits the promise first (expect(await …)) or uses an awaited .resolves matcher, so the tests check the resolved boolean rather than an always-truthy promise object.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Dictionary {
  contains(word: string): Promise<boolean>;
}

interface DraftStore {
  save(draft: { id: string; rows: string[]; savedAt: number }): Promise<void>;
}

class CrosswordEditor {
  private readonly rows: string[];
  private readonly autosave: NodeJS.Timeout;

  constructor(
    readonly id: string,
    size: number,
    private readonly dictionary: Dictionary,
    private readonly store: DraftStore,
    private readonly onSaveError: (err: unknown) => void,
    autosaveMs = 30_000,
  ) {
    this.rows = Array.from({ length: size }, () => '.'.repeat(size));
    this.autosave = setInterval(() => {
      this.store.save({ id: this.id, rows: [...this.rows], savedAt: Date.now() }).catch(this.onSaveError);
    }, autosaveMs);
  }

  setRow(index: number, letters: string): void {
    if (letters.length !== this.rows.length) throw new RangeError(`row ${index} must have ${this.rows.length} cells`);
    this.rows[index] = letters.toUpperCase();
  }

  entries(): string[] {
    const across = this.rows.flatMap((r) => r.split('#'));
    const down = this.rows[0].split('').flatMap((_, c) => this.rows.map((r) => r[c]).join('').split('#'));
    return [...across, ...down].filter((w) => w.length > 1);
  }

  async isComplete(): Promise<boolean> {
    const words = this.entries();
    if (words.some((w) => w.includes('.'))) return false;
    const known = await Promise.all(words.map((w) => this.dictionary.contains(w)));
    return known.every(Boolean);
  }

  dispose(): void {
    clearInterval(this.autosave);
  }
}

describe('CrosswordEditor', () => {
  const words = new Set(['CAT', 'ORE', 'WED', 'COW', 'ARE', 'TED']);
  let dictionary: { contains: ReturnType<typeof vi.fn<Dictionary['contains']>> };
  let store: { save: ReturnType<typeof vi.fn<DraftStore['save']>> };
  let onSaveError: ReturnType<typeof vi.fn<(err: unknown) => void>>;
  let editor: CrosswordEditor;

  beforeEach(() => {
    vi.useFakeTimers();
    dictionary = { contains: vi.fn<Dictionary['contains']>(async (w) => words.has(w)) };
    store = { save: vi.fn<DraftStore['save']>().mockResolvedValue(undefined) };
    onSaveError = vi.fn<(err: unknown) => void>();
    editor = new CrosswordEditor('mini-0412', 3, dictionary, store, onSaveError);
  });

  afterEach(() => {
    editor.dispose();
    vi.useRealTimers();
  });

  it('is incomplete while cells are empty', async () => {
    editor.setRow(0, 'cat');
    expect(await editor.isComplete()).toBe(false);
    expect(dictionary.contains).not.toHaveBeenCalled();
  });

  it('is complete when every entry is a dictionary word', async () => {
    editor.setRow(0, 'cat');
    editor.setRow(1, 'ore');
    editor.setRow(2, 'wed');
    await expect(editor.isComplete()).resolves.toBeTruthy();
  });

  it('autosaves the draft and reports save failures', async () => {
    store.save.mockRejectedValueOnce(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(onSaveError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(store.save).toHaveBeenCalledTimes(2);
  });
});
