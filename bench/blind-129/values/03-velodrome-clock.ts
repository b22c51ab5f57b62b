// expect: no-read-before-settle
// startHeat assigns offsetMs inside the .then callback of the clock sync but computes the start timestamp from offsetMs on the very next line, before the callback has run.
export interface TimeSource {
  offsetFromReference(): Promise<number>;
}

export interface StartGate {
  release(atEpochMs: number): void;
}

export interface Scoreboard {
  showCountdown(heatId: string, startsAtEpochMs: number): void;
}

export interface HeatStart {
  heatId: string;
  startsAt: number;
  offsetMs: number;
}

export class LapClock {
  private offsetMs = 0;
  private currentHeat: HeatStart | undefined;
  private readonly lapMarks: number[] = [];

  constructor(
    private readonly reference: TimeSource,
    private readonly gate: StartGate,
    private readonly board: Scoreboard,
    private readonly log: (msg: string) => void = () => {},
  ) {}

  now(): number {
    return Date.now() + this.offsetMs;
  }

  startHeat(heatId: string, countdownMs = 10_000): HeatStart {
    this.reference.offsetFromReference().then(
      (offset) => {
        this.offsetMs = offset;
      },
      (err: unknown) => this.log(`clock sync failed, using local time: ${String(err)}`),
    );

    const startsAt = this.now() + countdownMs;
    this.currentHeat = { heatId, startsAt, offsetMs: this.offsetMs };
    this.lapMarks.length = 0;
    this.board.showCountdown(heatId, startsAt);
    this.gate.release(startsAt);
    return this.currentHeat;
  }

  markLap(): number {
    if (!this.currentHeat) throw new Error('no heat running');
    const t = this.now();
    const previous = this.lapMarks.at(-1) ?? this.currentHeat.startsAt;
    this.lapMarks.push(t);
    return t - previous;
  }

  splits(): number[] {
    if (!this.currentHeat) return [];
    let prev = this.currentHeat.startsAt;
    return this.lapMarks.map((t) => {
      const split = t - prev;
      prev = t;
      return split;
    });
  }
}
