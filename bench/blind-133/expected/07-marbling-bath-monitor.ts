// expect: none
// Each poll calls this.bath.viscosity() again inside the loop, so the monitor waits on a fresh reading every time rather than an already-settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ViscosityReading {
  bathId: string;
  centipoise: number;
  celsius: number;
  at: number;
}

export interface BathSensor {
  viscosity(bathId: string): Promise<ViscosityReading>;
}

export interface ReadyOptions {
  minCp: number;
  maxCp: number;
  intervalMs?: number;
  maxPolls?: number;
}

export class SizeBathMonitor {
  private readonly history = new Map<string, ViscosityReading[]>();

  constructor(private readonly bath: BathSensor) {}

  async waitUntilReady(bathId: string, options: ReadyOptions): Promise<ViscosityReading> {
    const { minCp, maxCp, intervalMs = 60_000, maxPolls = 120 } = options;

    for (let poll = 1; poll <= maxPolls; poll++) {
      const reading = await this.bath.viscosity(bathId);
      this.remember(reading);
      if (reading.centipoise >= minCp && reading.centipoise <= maxCp && this.isStable(bathId)) {
        return reading;
      }
      if (poll < maxPolls) await sleep(intervalMs);
    }
    throw new Error(`carrageenan bath ${bathId} did not settle between ${minCp} and ${maxCp} cP`);
  }

  trend(bathId: string): 'thickening' | 'thinning' | 'flat' | 'unknown' {
    const readings = this.history.get(bathId) ?? [];
    if (readings.length < 2) return 'unknown';
    const first = readings[0]!;
    const last = readings[readings.length - 1]!;
    const delta = last.centipoise - first.centipoise;
    if (Math.abs(delta) < 2) return 'flat';
    return delta > 0 ? 'thickening' : 'thinning';
  }

  private remember(reading: ViscosityReading): void {
    const list = this.history.get(reading.bathId) ?? [];
    list.push(reading);
    if (list.length > 10) list.shift();
    this.history.set(reading.bathId, list);
  }

  private isStable(bathId: string): boolean {
    const recent = (this.history.get(bathId) ?? []).slice(-3);
    if (recent.length < 3) return false;
    const values = recent.map((r) => r.centipoise);
    return Math.max(...values) - Math.min(...values) <= 3;
  }
}
