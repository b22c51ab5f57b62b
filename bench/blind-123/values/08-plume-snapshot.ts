// expect: none
// The reading captured by the 'sample' event is only used after awaiting events.once(), so the value is read after the event has actually fired.
import { EventEmitter, once } from 'node:events';

export interface PlumeSample {
  station: string;
  so2Ppm: number;
  co2Ppm: number;
  windDirDeg: number;
  at: number;
}

export interface Spectrometer extends EventEmitter {
  readonly station: string;
  trigger(integrationMs: number): void;
}

export interface FluxEstimate {
  station: string;
  so2TonnesPerDay: number;
  sample: PlumeSample;
}

// DOAS-style crude flux: column amount * plume width * wind speed
function estimateFlux(sample: PlumeSample, plumeWidthM: number, windMs: number): number {
  const kgPerSecond = sample.so2Ppm * 2.62e-6 * plumeWidthM * windMs * 100;
  return Math.round(((kgPerSecond * 86_400) / 1_000) * 10) / 10;
}

export class PlumeSnapshot {
  private last: PlumeSample | undefined;

  constructor(private readonly spectrometer: Spectrometer) {}

  async capture(integrationMs = 800, timeoutMs = 10_000): Promise<PlumeSample> {
    const waiting = once(this.spectrometer, 'sample', { signal: AbortSignal.timeout(timeoutMs) });
    try {
      this.spectrometer.trigger(integrationMs);
    } catch (err) {
      waiting.catch(() => undefined);
      throw err;
    }
    const [sample] = (await waiting) as [PlumeSample];
    this.last = sample;
    return sample;
  }

  async flux(plumeWidthM: number, windMs: number): Promise<FluxEstimate> {
    const sample = await this.capture();
    if (sample.so2Ppm < 0) {
      throw new RangeError(`negative SO2 column from ${sample.station}; recalibrate dark spectrum`);
    }
    return {
      station: this.spectrometer.station,
      so2TonnesPerDay: estimateFlux(sample, plumeWidthM, windMs),
      sample,
    };
  }

  lastSample(): PlumeSample | undefined {
    return this.last;
  }

  describeLast(): string {
    const s = this.last;
    if (!s) return `${this.spectrometer.station}: no plume sample yet`;
    const ageS = Math.round((Date.now() - s.at) / 1000);
    return `${s.station}: SO2 ${s.so2Ppm} ppm, CO2 ${s.co2Ppm} ppm, wind from ${s.windDirDeg}° (${ageS}s ago)`;
  }
}
