// expect: none
// Fields written by the 'sample' listener are read only in later callbacks or after await once(...) has delivered the first sample.
import { EventEmitter, once } from 'node:events';

export interface FormicariumSample {
  chamber: string;
  humidityPct: number;
  tempC: number;
  activity: number;
  at: number;
}

export interface ColonyHealth {
  chamber: string;
  humidityPct: number;
  tempC: number;
  activityTrend: 'rising' | 'steady' | 'falling';
  stale: boolean;
}

declare const careSchedule: {
  feedingDue(chamber: string): Promise<boolean>;
  recordFeeding(chamber: string, at: number): Promise<void>;
};

export class ChamberWatcher extends EventEmitter {
  private latest: FormicariumSample | undefined;
  private readonly activityWindow: number[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly chamber: string, sensors: EventEmitter, private readonly staleAfterMs = 120_000) {
    super();
    sensors.on('sample', (sample: FormicariumSample) => {
      if (sample.chamber !== this.chamber) return;
      this.latest = sample;
      this.activityWindow.push(sample.activity);
      if (this.activityWindow.length > 12) this.activityWindow.shift();
      this.emit('updated', sample);
    });
    this.timer = setInterval(() => {
      if (this.latest && Date.now() - this.latest.at > this.staleAfterMs) {
        this.emit('stale', this.chamber, this.latest.at);
      }
    }, 30_000);
    this.timer.unref();
  }

  private trend(): ColonyHealth['activityTrend'] {
    const w = this.activityWindow;
    if (w.length < 4) return 'steady';
    const half = Math.floor(w.length / 2);
    const early = w.slice(0, half).reduce((a, b) => a + b, 0) / half;
    const late = w.slice(half).reduce((a, b) => a + b, 0) / (w.length - half);
    if (late > early * 1.15) return 'rising';
    if (late < early * 0.85) return 'falling';
    return 'steady';
  }

  async health(): Promise<ColonyHealth> {
    const sample = this.latest ?? ((await once(this, 'updated')) as [FormicariumSample])[0];
    return {
      chamber: this.chamber,
      humidityPct: sample.humidityPct,
      tempC: sample.tempC,
      activityTrend: this.trend(),
      stale: Date.now() - sample.at > this.staleAfterMs,
    };
  }

  async feedIfDue(): Promise<boolean> {
    const [due, health] = await Promise.all([careSchedule.feedingDue(this.chamber), this.health()]);
    if (!due || health.stale || health.tempC < 18) return false;
    await careSchedule.recordFeeding(this.chamber, Date.now());
    return true;
  }

  stop(): void {
    clearInterval(this.timer);
    this.removeAllListeners();
  }
}
