// expect: no-read-before-settle
// prepareDeparture reads peakKg right after attaching the load-cell 'data' listener, before any sample can arrive, so overloads are never detected.
import type { Readable } from 'node:stream';

export interface CarSpec {
  carId: string;
  ratedKg: number;
  maxPassengers: number;
}

export type DepartureDecision =
  | { kind: 'depart'; loadKg: number; loadPct: number }
  | { kind: 'overload'; loadKg: number }
  | { kind: 'bypass-hall-calls'; loadKg: number; loadPct: number };

interface DoorOperator {
  close(): Promise<void>;
  reopen(): Promise<void>;
}

declare const annunciator: {
  overloadChime(carId: string): void;
  display(carId: string, text: string): void;
};

const SAMPLE_WINDOW_MS = 400;
const BYPASS_THRESHOLD = 0.8;

function decodeSample(chunk: Buffer): number {
  const raw = chunk.readInt32LE(0);
  const tare = chunk.readInt32LE(4);
  return Math.max(0, (raw - tare) / 100);
}

export class CarLoadSupervisor {
  private departures = 0;
  private overloads = 0;

  constructor(
    private readonly spec: CarSpec,
    private readonly loadCell: Readable,
    private readonly doors: DoorOperator,
  ) {}

  async prepareDeparture(): Promise<DepartureDecision> {
    let peakKg = 0;
    const onData = (chunk: Buffer) => {
      peakKg = Math.max(peakKg, decodeSample(chunk));
    };
    this.loadCell.on('data', onData);
    const stopSampling = setTimeout(() => {
      this.loadCell.off('data', onData);
      this.loadCell.pause();
    }, SAMPLE_WINDOW_MS);

    const loadPct = peakKg / this.spec.ratedKg;
    if (loadPct > 1.0) {
      clearTimeout(stopSampling);
      this.loadCell.off('data', onData);
      this.overloads++;
      annunciator.overloadChime(this.spec.carId);
      annunciator.display(this.spec.carId, 'OVERLOAD – please step out');
      await this.doors.reopen();
      return { kind: 'overload', loadKg: peakKg };
    }

    await this.doors.close();
    this.departures++;
    if (loadPct >= BYPASS_THRESHOLD) {
      return { kind: 'bypass-hall-calls', loadKg: peakKg, loadPct };
    }
    return { kind: 'depart', loadKg: peakKg, loadPct };
  }

  stats(): { carId: string; departures: number; overloads: number; overloadRate: number } {
    const total = this.departures + this.overloads;
    return {
      carId: this.spec.carId,
      departures: this.departures,
      overloads: this.overloads,
      overloadRate: total === 0 ? 0 : this.overloads / total,
    };
  }
}
