// expect: no-multiple-settle
// The timeout timer is never cleared when a reading arrives, so it later calls reject on an already-resolved promise and keeps the event loop alive for the full timeout after every successful measurement.
import { EventEmitter } from 'node:events';

export interface ViscosityReading {
  centipoise: number;
  temperatureC: number;
  spindle: number;
}

interface Viscometer extends EventEmitter {
  start(spindle: number, rpm: number): void;
  halt(): void;
}

export interface GlazeSample {
  recipeId: string;
  specificGravity: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

export class GlazeViscosityProbe {
  private readonly history = new Map<string, ViscosityReading[]>();

  constructor(
    private readonly meter: Viscometer,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {}

  measure(sample: GlazeSample, spindle = 3, rpm = 30): Promise<ViscosityReading> {
    return new Promise<ViscosityReading>((resolve, reject) => {
      const onReading = (reading: ViscosityReading) => {
        this.meter.off('error', onError);
        this.meter.halt();
        this.remember(sample.recipeId, reading);
        resolve(reading);
      };

      const onError = (err: Error) => {
        this.meter.off('reading', onReading);
        this.meter.halt();
        reject(err);
      };

      setTimeout(() => {
        this.meter.off('reading', onReading);
        this.meter.off('error', onError);
        this.meter.halt();
        reject(new Error(`viscometer timed out for ${sample.recipeId}`));
      }, this.timeoutMs);

      this.meter.once('reading', onReading);
      this.meter.once('error', onError);
      this.meter.start(spindle, rpm);
    });
  }

  private remember(recipeId: string, reading: ViscosityReading): void {
    const list = this.history.get(recipeId) ?? [];
    list.push(reading);
    if (list.length > 50) list.shift();
    this.history.set(recipeId, list);
  }

  drift(recipeId: string): number | undefined {
    const list = this.history.get(recipeId);
    if (!list || list.length < 2) return undefined;
    return list[list.length - 1].centipoise - list[0].centipoise;
  }
}

export async function checkBatch(probe: GlazeViscosityProbe, samples: GlazeSample[]): Promise<string[]> {
  const outOfSpec: string[] = [];
  for (const sample of samples) {
    const reading = await probe.measure(sample);
    if (reading.centipoise < 400 || reading.centipoise > 1200) {
      outOfSpec.push(sample.recipeId);
    }
  }
  return outOfSpec;
}
