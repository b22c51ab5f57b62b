// expect: none
// Every async call is observed: the per-stop map(async …) is handed straight to Promise.all and awaited, and the 'drift' listener calls the async retune with a .catch that reports the failure instead of dropping the promise.
import { EventEmitter } from 'node:events';

export interface Stop {
  name: string;
  division: 'great' | 'swell' | 'choir' | 'pedal';
  pipes: number;
}

export interface StopReport {
  stop: string;
  outOfTune: number;
  worstCents: number;
}

export interface TuningRig {
  sweep(stop: Stop): Promise<number[]>;
  adjust(stop: Stop, pipe: number, cents: number): Promise<void>;
}

export class OrganMonitor extends EventEmitter {
  private readonly retuning = new Set<string>();

  constructor(private readonly rig: TuningRig, private readonly toleranceCents = 3) {
    super();
    this.on('drift', (stop: Stop, pipe: number, cents: number) => {
      this.retune(stop, pipe, cents).catch((err: unknown) => {
        this.emit('warning', new Error(`retune of ${stop.name}#${pipe} failed`, { cause: err }));
      });
    });
  }

  private async retune(stop: Stop, pipe: number, cents: number): Promise<void> {
    const key = `${stop.name}#${pipe}`;
    if (this.retuning.has(key)) return;
    this.retuning.add(key);
    try {
      await this.rig.adjust(stop, pipe, -cents);
    } finally {
      this.retuning.delete(key);
    }
  }

  async surveyDivision(stops: Stop[]): Promise<StopReport[]> {
    const reports = await Promise.all(
      stops.map(async (stop) => {
        const offsets = await this.rig.sweep(stop);
        let outOfTune = 0;
        let worst = 0;
        offsets.forEach((cents, pipe) => {
          if (Math.abs(cents) > this.toleranceCents) {
            outOfTune += 1;
            this.emit('drift', stop, pipe, cents);
          }
          worst = Math.max(worst, Math.abs(cents));
        });
        return { stop: stop.name, outOfTune, worstCents: worst };
      }),
    );
    return reports.sort((a, b) => b.outOfTune - a.outOfTune);
  }
}

export function summarize(reports: StopReport[]): string {
  const total = reports.reduce((n, r) => n + r.outOfTune, 0);
  const worst = reports.reduce((m, r) => Math.max(m, r.worstCents), 0);
  return `${reports.length} stops surveyed, ${total} pipes out of tune, worst ${worst.toFixed(1)} cents`;
}
