// expect: no-uncalled-async-function
// closeRound puts this.flushPenalties (the method, not a call) into Promise.all, so penalties are never flushed before the round is sealed.
export interface ClockState {
  boardId: string;
  whiteMs: number;
  blackMs: number;
  running: 'white' | 'black' | null;
  incrementMs: number;
}

export interface Penalty {
  boardId: string;
  player: 'white' | 'black';
  reason: 'illegal-move' | 'phone' | 'late-arrival';
  addedToOpponentMs: number;
}

export interface RoundResult {
  boardId: string;
  outcome: '1-0' | '0-1' | '1/2-1/2' | 'flag';
}

declare const arbiterApi: {
  pushClock(state: ClockState): Promise<void>;
  recordPenalties(round: number, penalties: Penalty[]): Promise<void>;
  saveResults(round: number, results: RoundResult[]): Promise<void>;
  sealRound(round: number): Promise<{ sealedAt: string }>;
};

declare const displayWall: {
  show(boardId: string, text: string): void;
};

function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

export class TournamentClockHub {
  private readonly clocks = new Map<string, ClockState>();
  private penalties: Penalty[] = [];
  private results: RoundResult[] = [];

  constructor(private readonly round: number) {}

  register(state: ClockState): void {
    this.clocks.set(state.boardId, { ...state });
  }

  async press(boardId: string): Promise<void> {
    const clock = this.clocks.get(boardId);
    if (!clock || clock.running === null) return;
    const mover = clock.running;
    if (mover === 'white') clock.whiteMs += clock.incrementMs;
    else clock.blackMs += clock.incrementMs;
    clock.running = mover === 'white' ? 'black' : 'white';
    displayWall.show(boardId, `${formatClock(clock.whiteMs)} | ${formatClock(clock.blackMs)}`);
    await arbiterApi.pushClock(clock);
  }

  addPenalty(penalty: Penalty): void {
    const clock = this.clocks.get(penalty.boardId);
    if (clock) {
      if (penalty.player === 'white') clock.blackMs += penalty.addedToOpponentMs;
      else clock.whiteMs += penalty.addedToOpponentMs;
    }
    this.penalties.push(penalty);
  }

  finish(result: RoundResult): void {
    const clock = this.clocks.get(result.boardId);
    if (clock) clock.running = null;
    this.results.push(result);
  }

  async flushPenalties(): Promise<void> {
    if (this.penalties.length === 0) return;
    const batch = this.penalties;
    this.penalties = [];
    await arbiterApi.recordPenalties(this.round, batch);
  }

  private async persistResults(): Promise<void> {
    await arbiterApi.saveResults(this.round, this.results);
  }

  async closeRound(): Promise<string> {
    const unfinished = [...this.clocks.values()].filter((c) => c.running !== null);
    if (unfinished.length > 0) {
      throw new Error(`round ${this.round} still has ${unfinished.length} running clocks`);
    }
    await Promise.all([this.persistResults(), this.flushPenalties]);
    const { sealedAt } = await arbiterApi.sealRound(this.round);
    for (const boardId of this.clocks.keys()) {
      displayWall.show(boardId, `Round ${this.round} closed`);
    }
    return sealedAt;
  }
}
