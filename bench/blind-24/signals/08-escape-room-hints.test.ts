// expect: no-leaked-race
// nextHint races once(...) against a setTimeout rejection that is never cleared, and the once listener is never removed when the timeout wins.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
};

interface Hint {
  roomId: string;
  puzzle: string;
  level: 1 | 2 | 3;
  text: string;
}

interface HintRule {
  puzzle: string;
  afterMs: number;
  level: 1 | 2 | 3;
  text: string;
}

class HintScheduler extends EventEmitter {
  private timer: ReturnType<typeof setInterval> | undefined;
  private startedAt = 0;
  private readonly solved = new Set<string>();
  private readonly sent = new Set<HintRule>();

  constructor(
    readonly roomId: string,
    private readonly rules: readonly HintRule[],
    private readonly tickMs = 10,
  ) {
    super();
  }

  start(): void {
    this.startedAt = Date.now();
    this.timer = setInterval(() => this.tick(), this.tickMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  markSolved(puzzle: string): void {
    this.solved.add(puzzle);
  }

  private tick(): void {
    const elapsed = Date.now() - this.startedAt;
    for (const rule of this.rules) {
      if (this.sent.has(rule) || this.solved.has(rule.puzzle) || elapsed < rule.afterMs) continue;
      this.sent.add(rule);
      const hint: Hint = { roomId: this.roomId, puzzle: rule.puzzle, level: rule.level, text: rule.text };
      this.emit('hint', hint);
    }
  }
}

function nextHint(scheduler: HintScheduler, ms = 2000): Promise<Hint> {
  return Promise.race([
    once(scheduler, 'hint').then(([hint]) => hint as Hint),
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`no hint emitted within ${ms}ms`)), ms);
    }),
  ]);
}

const rules: HintRule[] = [
  { puzzle: 'cipher-wheel', afterMs: 30, level: 1, text: 'The wheel only turns one way.' },
  { puzzle: 'cipher-wheel', afterMs: 80, level: 2, text: 'Count the brass studs on the clock.' },
  { puzzle: 'bookcase', afterMs: 50, level: 1, text: 'Not every spine is a book.' },
];

describe('HintScheduler', () => {
  let scheduler: HintScheduler;

  afterEach(() => scheduler?.stop());

  it('sends the first hint once its delay elapses', async () => {
    scheduler = new HintScheduler('lab-3', rules);
    const started = Date.now();
    scheduler.start();
    const hint = await nextHint(scheduler);
    expect(hint.puzzle).toBe('cipher-wheel');
    expect(hint.level).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
  });

  it('escalates hints in order of their delays', async () => {
    scheduler = new HintScheduler('lab-3', rules);
    scheduler.start();
    const levels: string[] = [];
    for (let i = 0; i < 3; i++) {
      const hint = await nextHint(scheduler);
      levels.push(`${hint.puzzle}:${hint.level}`);
    }
    expect(levels).toEqual(['cipher-wheel:1', 'bookcase:1', 'cipher-wheel:2']);
  });

  it('skips hints for puzzles the team already solved', async () => {
    scheduler = new HintScheduler('lab-3', rules);
    scheduler.markSolved('cipher-wheel');
    scheduler.start();
    const hint = await nextHint(scheduler);
    expect(hint.puzzle).toBe('bookcase');
  });
});
