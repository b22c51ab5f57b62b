// expect: none
// Values captured in the feed's callbacks are read only after `await vi.advanceTimersByTimeAsync(...)` has run those timers.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

interface Cue {
  cueNo: number;
  atMs: number;
  text: Record<string, string>;
}

interface SubtitleFeed {
  load(cues: Cue[]): void;
  start(language: string): void;
  pause(): void;
  onCue(listener: (cueNo: number, text: string) => void): () => void;
  onBlank(listener: () => void): () => void;
}

declare function createSubtitleFeed(options: { blankAfterMs: number }): SubtitleFeed;

const actOne: Cue[] = [
  { cueNo: 1, atMs: 0, text: { en: 'Let us drink from the joyful cup', it: "Libiam ne' lieti calici" } },
  { cueNo: 2, atMs: 4000, text: { en: 'which beauty adorns', it: 'che la bellezza infiora' } },
  { cueNo: 3, atMs: 9000, text: { en: 'and may the fleeting hour', it: "e la fuggevol ora" } },
];

describe('opera subtitle feed timing', () => {
  let feed: SubtitleFeed;

  beforeEach(() => {
    vi.useFakeTimers();
    feed = createSubtitleFeed({ blankAfterMs: 3500 });
    feed.load(actOne);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows cues at their scheduled times', async () => {
    const shown: number[] = [];
    feed.onCue((cueNo) => shown.push(cueNo));
    feed.start('en');
    await vi.advanceTimersByTimeAsync(4500);
    expect(shown).toEqual([1, 2]);
  });

  it('uses the selected language', async () => {
    let lastText: string | undefined;
    feed.onCue((_, text) => {
      lastText = text;
    });
    feed.start('it');
    await vi.advanceTimersByTimeAsync(9100);
    expect(lastText).toBe('e la fuggevol ora');
  });

  it('blanks the screen between distant cues', async () => {
    let blanks = 0;
    feed.onBlank(() => {
      blanks += 1;
    });
    feed.start('en');
    await vi.advanceTimersByTimeAsync(8000);
    expect(blanks).toBe(1);
  });

  it('stops advancing while paused', async () => {
    let latest: number | undefined;
    const off = feed.onCue((cueNo) => {
      latest = cueNo;
    });
    feed.start('en');
    await vi.advanceTimersByTimeAsync(100);
    feed.pause();
    await vi.advanceTimersByTimeAsync(10_000);
    off();
    expect(latest).toBe(1);
  });
});
