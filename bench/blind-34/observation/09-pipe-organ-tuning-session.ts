// expect: none
// The async work triggered from the 'note' listener is chained with .catch that records the failure and emits 'log-failed', so no promise floats.
import { EventEmitter } from "node:events";

export interface PipeNote {
  rank: string;
  midiNote: number;
  measuredHz: number;
}

export interface TuningAdjustment {
  rank: string;
  midiNote: number;
  cents: number;
}

declare const tuningLog: {
  append(adjustment: TuningAdjustment): Promise<void>;
};

const A4 = 440;

export function expectedHz(midiNote: number, temperamentOffsetCents = 0): number {
  return A4 * 2 ** ((midiNote - 69) / 12) * 2 ** (temperamentOffsetCents / 1200);
}

export function centsOff(measuredHz: number, targetHz: number): number {
  return Math.round(1200 * Math.log2(measuredHz / targetHz) * 10) / 10;
}

export class TuningSession extends EventEmitter {
  private readonly adjustments: TuningAdjustment[] = [];
  readonly failures: { note: PipeNote; reason: string }[] = [];

  constructor(
    private readonly toleranceCents = 2,
    private readonly temperament: Record<number, number> = {},
  ) {
    super();
    this.on("note", (note: PipeNote) => {
      this.record(note).catch((err: unknown) => {
        this.failures.push({ note, reason: err instanceof Error ? err.message : String(err) });
        this.emit("log-failed", note);
      });
    });
  }

  private async record(note: PipeNote): Promise<void> {
    const offset = this.temperament[note.midiNote % 12] ?? 0;
    const cents = centsOff(note.measuredHz, expectedHz(note.midiNote, offset));
    if (Math.abs(cents) <= this.toleranceCents) return;
    const adjustment: TuningAdjustment = { rank: note.rank, midiNote: note.midiNote, cents };
    await tuningLog.append(adjustment);
    this.adjustments.push(adjustment);
    this.emit("adjusted", adjustment);
  }

  pipesToTouch(rank: string): TuningAdjustment[] {
    return this.adjustments
      .filter((a) => a.rank === rank)
      .sort((a, b) => Math.abs(b.cents) - Math.abs(a.cents));
  }

  summary(): Record<string, number> {
    const byRank: Record<string, number> = {};
    for (const a of this.adjustments) byRank[a.rank] = (byRank[a.rank] ?? 0) + 1;
    return byRank;
  }
}
