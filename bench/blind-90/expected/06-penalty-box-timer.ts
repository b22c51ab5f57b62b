// expect: none
// Correct: `if (this.onServed)` tests an optional callback property for presence before calling it, and every call site of the async methods uses parentheses and await.
export interface PenaltyBoxSeat {
  skater: string;
  team: 'home' | 'away';
  position: 'jammer' | 'blocker';
  secondsRemaining: number;
}

export interface PenaltyBoxOptions {
  onServed?: (seat: PenaltyBoxSeat) => Promise<void>;
  onJammerSwap?: (released: PenaltyBoxSeat, seated: PenaltyBoxSeat) => Promise<void>;
  penaltySeconds?: number;
}

export class PenaltyBox {
  private seats: PenaltyBoxSeat[] = [];
  private readonly onServed?: (seat: PenaltyBoxSeat) => Promise<void>;
  private readonly onJammerSwap?: (released: PenaltyBoxSeat, seated: PenaltyBoxSeat) => Promise<void>;
  private readonly penaltySeconds: number;

  constructor(opts: PenaltyBoxOptions = {}) {
    this.onServed = opts.onServed;
    this.onJammerSwap = opts.onJammerSwap;
    this.penaltySeconds = opts.penaltySeconds ?? 30;
  }

  async seat(skater: string, team: 'home' | 'away', position: 'jammer' | 'blocker'): Promise<void> {
    const seat: PenaltyBoxSeat = { skater, team, position, secondsRemaining: this.penaltySeconds };
    if (position === 'jammer') {
      const otherJammer = this.seats.find((s) => s.position === 'jammer' && s.team !== team);
      if (otherJammer) {
        seat.secondsRemaining = this.penaltySeconds - otherJammer.secondsRemaining;
        otherJammer.secondsRemaining = 0;
        if (this.onJammerSwap) await this.onJammerSwap(otherJammer, seat);
      }
    }
    this.seats.push(seat);
    await this.release();
  }

  async tick(seconds = 1): Promise<void> {
    for (const s of this.seats) s.secondsRemaining = Math.max(0, s.secondsRemaining - seconds);
    await this.release();
  }

  private async release(): Promise<void> {
    const served = this.seats.filter((s) => s.secondsRemaining === 0);
    this.seats = this.seats.filter((s) => s.secondsRemaining > 0);
    for (const seat of served) {
      if (this.onServed) {
        await this.onServed(seat);
      }
    }
  }

  get occupants(): readonly PenaltyBoxSeat[] {
    return this.seats;
  }
}

export function runJamClock(box: PenaltyBox, log: (line: string) => void): () => void {
  let running = true;
  const loop = async () => {
    while (running) {
      await new Promise((r) => setTimeout(r, 1_000));
      await box.tick();
      log(box.occupants.map((s) => `${s.team}:${s.skater} ${s.secondsRemaining}s`).join('  '));
    }
  };
  loop().catch((err) => log(`penalty clock stopped: ${(err as Error).message}`));
  return () => {
    running = false;
  };
}
