// expect: none
// Correct: the flag state set by the timer is read inside the timer callback or after awaiting the promise it resolves, and the pairing lookup is awaited before `??` is applied.
import { EventEmitter } from 'node:events';

export type Colour = 'white' | 'black';

export interface TimeControl {
  baseMs: number;
  incrementMs: number;
}

declare const pairingService: {
  boardFor(round: number, playerId: string): Promise<number | undefined>;
};

export class GameClock extends EventEmitter {
  private remaining: Record<Colour, number>;
  private running: Colour | null = null;
  private turnStartedAt = 0;
  private flagTimer: NodeJS.Timeout | undefined;
  private flagged: Colour | null = null;

  constructor(private readonly tc: TimeControl) {
    super();
    this.remaining = { white: tc.baseMs, black: tc.baseMs };
  }

  start(side: Colour): void {
    this.running = side;
    this.turnStartedAt = Date.now();
    this.armFlag(side);
  }

  press(): void {
    if (!this.running || this.flagged) return;
    const side = this.running;
    const used = Date.now() - this.turnStartedAt;
    this.remaining[side] = this.remaining[side] - used + this.tc.incrementMs;
    clearTimeout(this.flagTimer);
    this.start(side === 'white' ? 'black' : 'white');
  }

  private armFlag(side: Colour): void {
    this.flagTimer = setTimeout(() => {
      this.flagged = side;
      this.remaining[side] = 0;
      this.running = null;
      this.emit('flag', side, this.flagged);
    }, this.remaining[side]);
  }

  // Resolves with the side that ran out of time, or rejects if the arbiter aborts.
  untilFlag(signal: AbortSignal): Promise<Colour> {
    return new Promise((resolve, reject) => {
      const onFlag = (side: Colour) => {
        signal.removeEventListener('abort', onAbort);
        resolve(side);
      };
      const onAbort = () => {
        this.off('flag', onFlag);
        clearTimeout(this.flagTimer);
        reject(signal.reason);
      };
      this.once('flag', onFlag);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  timeLeft(side: Colour): number {
    if (this.running !== side) return this.remaining[side];
    return Math.max(0, this.remaining[side] - (Date.now() - this.turnStartedAt));
  }
}

export async function superviseGame(
  round: number,
  whiteId: string,
  blackId: string,
  tc: TimeControl,
  gameOver: AbortSignal,
): Promise<string> {
  const board = (await pairingService.boardFor(round, whiteId)) ?? 0;
  const clock = new GameClock(tc);
  clock.start('white');

  try {
    const loser = await clock.untilFlag(gameOver);
    const winnerId = loser === 'white' ? blackId : whiteId;
    return `Round ${round}, board ${board || 'unassigned'}: ${loser} flagged, ${winnerId} wins on time`;
  } catch {
    return `Round ${round}, board ${board || 'unassigned'}: finished over the board`;
  }
}
