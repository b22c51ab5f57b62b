// expect: no-uncalled-async-function
// shutdown() does `await this.persistManifest` without calling it, so the final passenger manifest is never written before telemetry closes.
import { writeFile } from "node:fs/promises";

export interface Passenger {
  ticket: string;
  vehicle?: "car" | "van" | "bicycle" | "motorbike";
  boardedAt: Date;
}

export interface CableSample {
  at: Date;
  tensionKn: number;
  drumRpm: number;
}

declare const telemetry: {
  latest(): CableSample;
  close(): Promise<void>;
};

declare const alarms: {
  raise(kind: "tension" | "drum", detail: string): void;
};

const MAX_TENSION_KN = 180;
const SAMPLE_EVERY_MS = 2_000;

export class CrossingLog {
  private readonly passengers: Passenger[] = [];
  private readonly samples: CableSample[] = [];
  private readonly ticker: ReturnType<typeof setInterval>;
  private departedAt: Date | undefined;
  private stopped = false;

  constructor(private readonly crossingId: string, private readonly manifestDir: string) {
    this.ticker = setInterval(() => this.sampleCable(), SAMPLE_EVERY_MS);
  }

  board(passenger: Passenger): void {
    if (this.departedAt) throw new Error(`crossing ${this.crossingId} has already departed`);
    this.passengers.push(passenger);
  }

  depart(): void {
    this.departedAt = new Date();
  }

  private sampleCable(): void {
    if (this.stopped) return;
    const sample = telemetry.latest();
    this.samples.push(sample);
    if (sample.tensionKn > MAX_TENSION_KN) {
      alarms.raise("tension", `${sample.tensionKn.toFixed(1)} kN on crossing ${this.crossingId}`);
    }
  }

  private async persistManifest(): Promise<void> {
    const manifest = {
      crossingId: this.crossingId,
      departedAt: this.departedAt?.toISOString() ?? null,
      vehicles: this.passengers.filter((p) => p.vehicle).length,
      passengers: this.passengers.map((p) => ({ ...p, boardedAt: p.boardedAt.toISOString() })),
      peakTensionKn: Math.max(0, ...this.samples.map((s) => s.tensionKn)),
    };
    await writeFile(`${this.manifestDir}/${this.crossingId}.json`, JSON.stringify(manifest, null, 2));
  }

  async shutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.ticker);
    await this.persistManifest;
    await telemetry.close();
  }
}
