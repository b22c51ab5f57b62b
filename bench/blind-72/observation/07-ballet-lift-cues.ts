// expect: no-floating-promises
// goToCue calls lifts.moveTo(...) as a bare statement for each lift, dropping the promise, so a lift fault becomes an unhandled rejection and the cue is logged as done.
export type LiftId = 'downstage' | 'center' | 'upstage' | 'orchestra';

export interface LiftMove {
  lift: LiftId;
  heightMm: number;
  speedMmPerS?: number;
}

export interface Cue {
  number: string;
  label: string;
  moves: LiftMove[];
  lightingCue?: string;
  standbyMs?: number;
}

interface CueLogEntry {
  cue: string;
  at: Date;
  operator: string;
}

declare const lifts: {
  moveTo(lift: LiftId, heightMm: number, speedMmPerS: number): Promise<number>;
  isLocked(lift: LiftId): boolean;
};

declare const lightingDesk: {
  go(cue: string): void;
};

const DEFAULT_SPEED = 150;
// Dancers may be on the platform: never move faster than this with performers onstage.
const PERFORMER_SPEED_LIMIT = 90;

export class CueRunner {
  private readonly cues = new Map<string, Cue>();
  private readonly history: CueLogEntry[] = [];
  private performersOnstage = false;

  constructor(private readonly operator: string, cueList: readonly Cue[]) {
    for (const cue of cueList) {
      this.cues.set(cue.number, cue);
    }
  }

  setPerformersOnstage(onstage: boolean): void {
    this.performersOnstage = onstage;
  }

  private speedFor(move: LiftMove): number {
    const requested = move.speedMmPerS ?? DEFAULT_SPEED;
    return this.performersOnstage ? Math.min(requested, PERFORMER_SPEED_LIMIT) : requested;
  }

  goToCue(number: string): void {
    const cue = this.cues.get(number);
    if (!cue) {
      throw new Error(`cue ${number} is not in the book`);
    }
    const locked = cue.moves.filter((m) => lifts.isLocked(m.lift));
    if (locked.length > 0) {
      throw new Error(`cue ${number}: ${locked.map((m) => m.lift).join(', ')} locked out`);
    }

    if (cue.lightingCue) {
      lightingDesk.go(cue.lightingCue);
    }
    for (const move of cue.moves) {
      lifts.moveTo(move.lift, move.heightMm, this.speedFor(move));
    }
    this.history.push({ cue: cue.number, at: new Date(), operator: this.operator });
  }

  lastCue(): CueLogEntry | undefined {
    return this.history[this.history.length - 1];
  }

  report(): string {
    return this.history
      .map((entry) => `${entry.at.toISOString()}  ${entry.cue.padEnd(6)} ${entry.operator}`)
      .join('\n');
  }
}
