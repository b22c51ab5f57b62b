// expect: none
// The race's losers are cancelled: the finally block aborts the shared controller, which removes the once() listener and clears the delay timer.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export type Fencer = 'left' | 'right';

export interface Touch {
  fencer: Fencer;
  onTarget: boolean;
  at: number;
}

export interface BoutScore {
  left: number;
  right: number;
  priority: Fencer | null;
}

export class NoTouchError extends Error {
  constructor(readonly waitedMs: number) {
    super(`no touch within ${waitedMs}ms`);
    this.name = 'NoTouchError';
  }
}

export async function nextTouch(box: EventEmitter, ms: number, signal?: AbortSignal): Promise<Touch> {
  const local = new AbortController();
  const combined = signal ? AbortSignal.any([signal, local.signal]) : local.signal;
  try {
    return await Promise.race([
      once(box, 'touch', { signal: combined }).then(([touch]) => touch as Touch),
      delay(ms, undefined, { signal: combined }).then((): never => {
        throw new NoTouchError(ms);
      }),
    ]);
  } finally {
    local.abort();
  }
}

export class PisteScorer {
  private score: BoutScore = { left: 0, right: 0, priority: null };

  constructor(
    private readonly box: EventEmitter,
    private readonly touchesToWin = 15,
  ) {}

  private apply(touch: Touch): void {
    if (!touch.onTarget) return;
    this.score = { ...this.score, [touch.fencer]: this.score[touch.fencer] + 1 };
  }

  leader(): Fencer | null {
    if (this.score.left === this.score.right) return this.score.priority;
    return this.score.left > this.score.right ? 'left' : 'right';
  }

  async runPeriod(periodMs: number, signal?: AbortSignal): Promise<BoutScore> {
    const endsAt = Date.now() + periodMs;
    while (Date.now() < endsAt) {
      if (Math.max(this.score.left, this.score.right) >= this.touchesToWin) break;
      try {
        this.apply(await nextTouch(this.box, endsAt - Date.now(), signal));
      } catch (err) {
        if (err instanceof NoTouchError) break;
        throw err;
      }
    }
    return { ...this.score };
  }

  drawPriority(random: () => number = Math.random): Fencer {
    const fencer: Fencer = random() < 0.5 ? 'left' : 'right';
    this.score = { ...this.score, priority: fencer };
    return fencer;
  }
}
