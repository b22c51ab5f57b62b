// expect: none
// Every exit of waitForMoveOrFlag (own move, any flag, reset, abort) goes through one finish helper that detaches all listeners before settling, and the opponent-move branch keeps listening on purpose.
import { EventEmitter } from 'node:events';

export type Side = 'white' | 'black';

export type ClockOutcome =
  | { kind: 'moved'; side: Side; remainingMs: number }
  | { kind: 'flagged'; side: Side };

export class FederationClock extends EventEmitter {
  private readonly remaining: Record<Side, number>;
  private running: Side | null = null;
  private lastTick = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(baseMs: number, private readonly incrementMs: number) {
    super();
    this.remaining = { white: baseMs, black: baseMs };
  }

  start(side: Side): void {
    this.running = side;
    this.lastTick = Date.now();
    this.ticker ??= setInterval(() => this.tick(), 100);
  }

  press(side: Side): void {
    if (this.running !== side) {
      this.emit('illegal-press', side);
      return;
    }
    this.tick();
    if (this.running !== side) return;
    this.remaining[side] += this.incrementMs;
    this.running = side === 'white' ? 'black' : 'white';
    this.emit('move', side, this.remaining[side]);
  }

  reset(): void {
    this.halt();
    this.emit('reset');
  }

  private tick(): void {
    if (!this.running) return;
    const now = Date.now();
    this.remaining[this.running] -= now - this.lastTick;
    this.lastTick = now;
    if (this.remaining[this.running] <= 0) {
      const flagged = this.running;
      this.remaining[flagged] = 0;
      this.halt();
      this.emit('flag', flagged);
    }
  }

  private halt(): void {
    this.running = null;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
  }
}

export function waitForMoveOrFlag(
  clock: FederationClock,
  side: Side,
  signal?: AbortSignal,
): Promise<ClockOutcome> {
  return new Promise<ClockOutcome>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onMove = (mover: Side, remainingMs: number) => {
      // the opponent completing their move is expected while we wait for ours
      if (mover !== side) return;
      finish();
      resolve({ kind: 'moved', side, remainingMs });
    };
    const onFlag = (flagged: Side) => {
      finish();
      resolve({ kind: 'flagged', side: flagged });
    };
    const onReset = () => {
      finish();
      reject(new Error(`clock was reset while waiting for ${side} to move`));
    };
    const onAbort = () => {
      finish();
      reject(signal?.reason);
    };
    const finish = () => {
      clock.off('move', onMove);
      clock.off('flag', onFlag);
      clock.off('reset', onReset);
      signal?.removeEventListener('abort', onAbort);
    };
    clock.on('move', onMove);
    clock.on('flag', onFlag);
    clock.on('reset', onReset);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
