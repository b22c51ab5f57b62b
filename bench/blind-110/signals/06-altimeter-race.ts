// expect: no-leaked-race
// readAltitude() races each altimeter read against a rejection timer that is never cleared, so every successful reading leaves a live timer behind that keeps running for the full timeout.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GondolaBus {
  readAltimeter(): Promise<{ pressureHpa: number; tempC: number }>;
  setBurner(on: boolean): Promise<void>;
}

export interface AscentTarget {
  ceilingFt: number;
  bandFt: number;
}

function rejectAfter(ms: number, what: string): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`${what} did not answer within ${ms}ms`)), ms);
  });
}

function pressureToFeet(hpa: number, qnhHpa: number): number {
  return Math.round(145366.45 * (1 - Math.pow(hpa / qnhHpa, 0.190284)));
}

export class AscentController {
  private running = false;
  private burnerOn = false;

  constructor(private readonly bus: GondolaBus, private readonly qnhHpa: number, private readonly timeoutMs = 2000) {}

  async readAltitude(): Promise<number> {
    const reading = await Promise.race([this.bus.readAltimeter(), rejectAfter(this.timeoutMs, 'altimeter')]);
    return pressureToFeet(reading.pressureHpa, this.qnhHpa);
  }

  async hold(target: AscentTarget, tickMs = 1000): Promise<void> {
    this.running = true;
    try {
      while (this.running) {
        const altitudeFt = await this.readAltitude();
        const wantBurner = altitudeFt < target.ceilingFt - target.bandFt;
        const overCeiling = altitudeFt > target.ceilingFt + target.bandFt;
        if (wantBurner !== this.burnerOn || overCeiling) {
          await this.bus.setBurner(wantBurner && !overCeiling);
          this.burnerOn = wantBurner && !overCeiling;
        }
        await sleep(tickMs);
      }
    } finally {
      if (this.burnerOn) await this.bus.setBurner(false);
      this.burnerOn = false;
    }
  }

  stop(): void {
    this.running = false;
  }
}
