// expect: none
// Correct: the polling loop issues a new hydrometer read on every iteration, and the abort signal ends it cleanly.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

interface GravitySample {
  tankId: string;
  specificGravity: number;
  temperatureC: number;
  sampledAt: number;
}

declare const hydrometer: {
  read(tankId: string, signal?: AbortSignal): Promise<GravitySample>;
};

export interface StableGravityOptions {
  intervalMs: number;
  windowSize: number;
  tolerance: number;
  signal: AbortSignal;
}

export class FermentationMonitor extends EventEmitter {
  private readonly history = new Map<string, GravitySample[]>();

  async waitForTerminalGravity(tankId: string, opts: StableGravityOptions): Promise<GravitySample> {
    const window: GravitySample[] = [];

    while (!opts.signal.aborted) {
      let sample: GravitySample;
      try {
        sample = await hydrometer.read(tankId, opts.signal);
      } catch (err) {
        if (opts.signal.aborted) break;
        this.emit('sensor-error', { tankId, err });
        await sleep(opts.intervalMs, undefined, { signal: opts.signal }).catch(() => undefined);
        continue;
      }

      this.record(sample);
      window.push(sample);
      if (window.length > opts.windowSize) window.shift();

      if (window.length === opts.windowSize && this.isFlat(window, opts.tolerance)) {
        this.emit('terminal', sample);
        return sample;
      }

      await sleep(opts.intervalMs, undefined, { signal: opts.signal }).catch(() => undefined);
    }

    throw new Error(`monitoring of ${tankId} was cancelled`, { cause: opts.signal.reason });
  }

  private isFlat(samples: GravitySample[], tolerance: number): boolean {
    const values = samples.map((s) => s.specificGravity);
    return Math.max(...values) - Math.min(...values) <= tolerance;
  }

  private record(sample: GravitySample): void {
    const list = this.history.get(sample.tankId) ?? [];
    list.push(sample);
    if (list.length > 500) list.splice(0, list.length - 500);
    this.history.set(sample.tankId, list);
  }

  attenuation(tankId: string, originalGravity: number): number | undefined {
    const list = this.history.get(tankId);
    const last = list?.at(-1);
    if (!last) return undefined;
    return ((originalGravity - last.specificGravity) / (originalGravity - 1)) * 100;
  }
}
