// expect: none
// Each poll iteration calls readRise() for a fresh reading and the .catch fallback calls the camera again instead of reusing the failed promise, so no settled promise is ever re-awaited as a new attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RiseReading {
  jarId: string;
  heightMm: number;
  bubbleScore: number;
  takenAt: number;
}

export interface JarCamera {
  measure(jarId: string): Promise<RiseReading>;
  recalibrate(jarId: string): Promise<void>;
}

export interface ProofResult {
  jarId: string;
  peaked: boolean;
  riseFactor: number;
  readings: number;
}

export class ProofWatcher {
  constructor(
    private readonly camera: JarCamera,
    private readonly intervalMs = 60_000,
  ) {}

  private readRise(jarId: string): Promise<RiseReading> {
    return this.camera.measure(jarId).catch(async (err: unknown) => {
      // a fogged lens is the usual culprit: recalibrate and take one new measurement
      await this.camera.recalibrate(jarId);
      return this.camera.measure(jarId).catch(() => {
        throw err;
      });
    });
  }

  async waitForPeak(jarId: string, maxReadings = 12 * 60): Promise<ProofResult> {
    const first = await this.readRise(jarId);
    let previous = first;
    let highest = first.heightMm;

    for (let n = 2; n <= maxReadings; n++) {
      await sleep(this.intervalMs);
      const reading = await this.readRise(jarId);
      highest = Math.max(highest, reading.heightMm);

      const falling = reading.heightMm < previous.heightMm - 2;
      if (falling && highest >= first.heightMm * 1.8) {
        return { jarId, peaked: true, riseFactor: highest / first.heightMm, readings: n };
      }
      previous = reading;
    }
    return { jarId, peaked: false, riseFactor: highest / first.heightMm, readings: maxReadings };
  }
}
