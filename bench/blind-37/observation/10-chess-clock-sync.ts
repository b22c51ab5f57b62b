// expect: none
// Background saves are started as statements but always end in .catch(handler), and forEach callbacks are synchronous.
import { EventEmitter } from 'node:events';

export interface BoardClock {
  board: number;
  whiteMs: number;
  blackMs: number;
  running: 'white' | 'black' | null;
  incrementMs: number;
}

export interface GameResult {
  board: number;
  result: '1-0' | '0-1' | '1/2-1/2';
  reason: 'checkmate' | 'resignation' | 'flag' | 'agreement' | 'stalemate';
}

declare const arbiterDb: {
  saveClocks(round: number, clocks: BoardClock[]): Promise<void>;
  saveResult(round: number, result: GameResult): Promise<void>;
};

declare const logger: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

export class RoundClockService extends EventEmitter {
  private readonly clocks = new Map<number, BoardClock>();

  constructor(
    private readonly round: number,
    boards: number[],
    baseMs: number,
    incrementMs: number,
  ) {
    super();
    for (const board of boards) {
      this.clocks.set(board, { board, whiteMs: baseMs, blackMs: baseMs, running: null, incrementMs });
    }
    this.on('result', (result: GameResult) => {
      this.stop(result.board);
      arbiterDb.saveResult(this.round, result).catch(this.reportSaveFailure);
    });
  }

  private readonly reportSaveFailure = (err: unknown): void => {
    logger.warn('arbiter database write failed; will retry on next sync', { round: this.round, err });
  };

  press(board: number, side: 'white' | 'black', elapsedMs: number): BoardClock {
    const clock = this.clocks.get(board);
    if (!clock) throw new Error(`board ${board} is not in round ${this.round}`);
    if (clock.running !== null && clock.running !== side) {
      throw new Error(`board ${board}: ${side} pressed while ${clock.running}'s clock runs`);
    }
    if (side === 'white') {
      clock.whiteMs = clock.whiteMs - elapsedMs + clock.incrementMs;
    } else {
      clock.blackMs = clock.blackMs - elapsedMs + clock.incrementMs;
    }
    clock.running = side === 'white' ? 'black' : 'white';
    if (clock.whiteMs <= 0 || clock.blackMs <= 0) {
      this.emit('result', {
        board,
        result: clock.whiteMs <= 0 ? '0-1' : '1-0',
        reason: 'flag',
      } satisfies GameResult);
    }
    return clock;
  }

  stop(board: number): void {
    const clock = this.clocks.get(board);
    if (clock) clock.running = null;
  }

  pauseAll(): void {
    this.clocks.forEach((clock) => {
      clock.running = null;
    });
    this.sync();
  }

  sync(): void {
    const snapshot = [...this.clocks.values()].map((c) => ({ ...c }));
    arbiterDb.saveClocks(this.round, snapshot).catch(this.reportSaveFailure);
  }
}
