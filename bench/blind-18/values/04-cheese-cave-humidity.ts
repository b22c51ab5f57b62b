// expect: none
// The value set inside the settle timer is only read inside that callback (and resolved out), never synchronously after scheduling it.
import { EventEmitter } from 'node:events';

interface HygrometerSample {
  relativeHumidity: number;
  tempC: number;
  at: number;
}

declare const hygrometer: {
  read(cellId: string, cb: (err: Error | null, sample?: HygrometerSample) => void): void;
};

declare const misters: {
  pulse(cellId: string, seconds: number): Promise<void>;
};

export interface CaveCellConfig {
  cellId: string;
  targetRh: number;
  toleranceRh: number;
  settleMs: number;
}

export class AgingCellRegulator extends EventEmitter {
  private latest: HygrometerSample | undefined;
  private interval: NodeJS.Timeout | undefined;

  constructor(private readonly cfg: CaveCellConfig) {
    super();
  }

  private sample(): Promise<HygrometerSample> {
    return new Promise((resolve, reject) => {
      hygrometer.read(this.cfg.cellId, (err, sample) => {
        if (err || !sample) return reject(err ?? new Error('empty hygrometer frame'));
        this.latest = sample;
        resolve(sample);
      });
    });
  }

  private settleThenSample(): Promise<HygrometerSample> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        let settled: HygrometerSample | undefined;
        this.sample()
          .then((s) => {
            settled = s;
            this.emit('settled', settled);
            resolve(settled);
          })
          .catch(reject);
      }, this.cfg.settleMs);
      timer.unref();
    });
  }

  async regulate(): Promise<number> {
    const before = await this.sample();
    const deficit = this.cfg.targetRh - before.relativeHumidity;
    if (deficit <= this.cfg.toleranceRh) return before.relativeHumidity;

    const seconds = Math.min(30, Math.ceil(deficit * 1.5));
    await misters.pulse(this.cfg.cellId, seconds);
    const after = await this.settleThenSample();
    if (after.relativeHumidity > this.cfg.targetRh + this.cfg.toleranceRh) {
      this.emit('overshoot', { cellId: this.cfg.cellId, rh: after.relativeHumidity });
    }
    return after.relativeHumidity;
  }

  start(everyMs: number): void {
    this.stop();
    this.interval = setInterval(() => {
      this.regulate().catch((err) => this.emit('error', err));
    }, everyMs);
  }

  stop(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = undefined;
  }

  lastKnownHumidity(): number | undefined {
    return this.latest?.relativeHumidity;
  }
}
