// expect: no-reused-settled-promise
// pollUntil calls read() once before the loop, so every iteration re-awaits the same settled snapshot instead of polling the board again.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
};

interface BoardState {
  period: 1 | 2 | 3 | 'OT' | 'FINAL';
  clock: string;
  home: number;
  away: number;
}

class FakeScoreboardController {
  private state: BoardState = { period: 3, clock: '00:03', home: 2, away: 2 };
  private timers: NodeJS.Timeout[] = [];

  async readState(): Promise<BoardState> {
    return { ...this.state };
  }

  scheduleGoal(side: 'home' | 'away', afterMs: number): void {
    this.timers.push(
      setTimeout(() => {
        this.state = { ...this.state, [side]: this.state[side] + 1 };
      }, afterMs),
    );
  }

  scheduleFinal(afterMs: number): void {
    this.timers.push(
      setTimeout(() => {
        this.state = { ...this.state, period: 'FINAL', clock: '00:00' };
      }, afterMs),
    );
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}

async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { attempts = 20, intervalMs = 25 } = {},
): Promise<T> {
  const pending = read();
  let last: T | undefined;
  for (let i = 0; i < attempts; i++) {
    last = await pending;
    if (done(last)) return last;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met after ${attempts} polls; last state ${JSON.stringify(last)}`);
}

describe('arena scoreboard sync', () => {
  let board: FakeScoreboardController;

  beforeEach(() => {
    board = new FakeScoreboardController();
  });

  afterEach(() => {
    board.dispose();
  });

  it('shows FINAL once the horn sounds', async () => {
    board.scheduleFinal(60);
    const state = await pollUntil(() => board.readState(), (s) => s.period === 'FINAL');
    expect(state.clock).toBe('00:00');
  });

  it('reflects a late goal before the final horn', async () => {
    board.scheduleGoal('home', 30);
    board.scheduleFinal(80);
    const state = await pollUntil(() => board.readState(), (s) => s.period === 'FINAL');
    expect({ home: state.home, away: state.away }).toEqual({ home: 3, away: 2 });
  });

  it('keeps the period while the clock still runs', async () => {
    const state = await pollUntil(() => board.readState(), (s) => s.period === 3, { attempts: 1 });
    expect(state.period).toBe(3);
  });
});
