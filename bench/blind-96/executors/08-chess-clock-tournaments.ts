// expect: none
// The polling interval resolves only after clearing itself and detaching the 'stopped' listener, and the 'stopped' path clears the interval before resolving, so whichever outcome comes first settles once and the other can no longer fire.
import { EventEmitter } from 'node:events';

export type Side = 'white' | 'black';

export interface FlagResult {
  board: number;
  flagged: Side | null;
  reason: 'time' | 'game-over';
}

export class BoardClock extends EventEmitter {
  private readonly remainingMs: Record<Side, number>;
  private running: Side | null = null;
  private lastTick = 0;

  constructor(readonly board: number, baseMs: number, private readonly incrementMs: number) {
    super();
    this.remainingMs = { white: baseMs, black: baseMs };
  }

  start(side: Side): void {
    this.running = side;
    this.lastTick = Date.now();
  }

  press(): void {
    if (!this.running) return;
    this.sync();
    this.remainingMs[this.running] += this.incrementMs;
    this.running = this.running === 'white' ? 'black' : 'white';
    this.emit('pressed', this.running);
  }

  remaining(side: Side): number {
    this.sync();
    return this.remainingMs[side];
  }

  get toMove(): Side | null {
    return this.running;
  }

  stop(): void {
    this.sync();
    this.running = null;
    this.emit('stopped');
  }

  private sync(): void {
    if (!this.running) return;
    const now = Date.now();
    this.remainingMs[this.running] = Math.max(0, this.remainingMs[this.running] - (now - this.lastTick));
    this.lastTick = now;
  }
}

export function waitForFlag(clock: BoardClock, pollMs = 100): Promise<FlagResult> {
  return new Promise<FlagResult>((resolve) => {
    const onStopped = () => {
      clearInterval(poll);
      resolve({ board: clock.board, flagged: null, reason: 'game-over' });
    };
    const poll = setInterval(() => {
      const side = clock.toMove;
      if (!side || clock.remaining(side) > 0) return;
      clearInterval(poll);
      clock.off('stopped', onStopped);
      resolve({ board: clock.board, flagged: side, reason: 'time' });
    }, pollMs);
    clock.once('stopped', onStopped);
  });
}

export async function superviseRound(clocks: BoardClock[]): Promise<FlagResult[]> {
  const results = await Promise.all(clocks.map((clock) => waitForFlag(clock)));
  return results.filter((r) => r.flagged !== null);
}
