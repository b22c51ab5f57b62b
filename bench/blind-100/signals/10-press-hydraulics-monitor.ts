// expect: require-signal-propagation
// The monitor checks signal.aborted only between samples and sleeps with a timers/promises setTimeout that is not given the signal, so stopping the press monitor waits out the full sampling interval before the loop notices.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface PressureSample {
  at: number;
  bar: number;
  rackLayer: number;
}

export interface HydraulicSensor {
  readBar(): number;
  currentLayer(): number;
}

export interface MonitorOptions {
  intervalMs: number;
  maxBar: number;
  signal: AbortSignal;
}

export class PressMonitor extends EventEmitter {
  private readonly history: PressureSample[] = [];

  constructor(private readonly sensor: HydraulicSensor) {
    super();
  }

  async run(opts: MonitorOptions): Promise<PressureSample[]> {
    const { signal } = opts;
    while (!signal.aborted) {
      const sample: PressureSample = {
        at: Date.now(),
        bar: this.sensor.readBar(),
        rackLayer: this.sensor.currentLayer(),
      };
      this.history.push(sample);
      if (this.history.length > 720) this.history.shift();

      if (sample.bar > opts.maxBar) {
        this.emit('overpressure', sample);
      }
      this.emit('sample', sample);

      await sleep(opts.intervalMs);
    }
    return this.history.slice();
  }

  peak(): PressureSample | undefined {
    return this.history.reduce<PressureSample | undefined>((best, s) => (!best || s.bar > best.bar ? s : best), undefined);
  }

  averageBar(lastN = 12): number {
    const recent = this.history.slice(-lastN);
    if (recent.length === 0) return 0;
    return recent.reduce((sum, s) => sum + s.bar, 0) / recent.length;
  }
}
