// expect: no-multiple-settle
// The 'reading' handler resolves the stored deferred every time flow drops below the threshold and is never detached, so later readings and faults settle it again.
import { EventEmitter } from 'node:events';

export interface PressReading {
  pressureBar: number;
  juiceFlowLpm: number;
  brix: number;
  at: number;
}

export interface CycleSummary {
  pressId: string;
  litres: number;
  peakPressureBar: number;
  meanBrix: number;
  durationMs: number;
}

export interface PressFault {
  code: string;
  message: string;
}

interface MonitorConfig {
  minFlowLpm: number;
  minSamples: number;
  sampleIntervalMs: number;
}

declare const cellarLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export class PressCycleMonitor {
  private samples: PressReading[] = [];
  private startedAt = 0;
  private pending?: { resolve: (summary: CycleSummary) => void; reject: (err: Error) => void };

  constructor(
    private readonly pressId: string,
    private readonly press: EventEmitter & { begin(recipe: string): void },
    private readonly config: MonitorConfig,
  ) {}

  startCycle(recipe: string): Promise<CycleSummary> {
    if (this.pending) {
      return Promise.reject(new Error(`press ${this.pressId} already running a cycle`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<CycleSummary>();
    this.pending = { resolve, reject };
    this.samples = [];
    this.startedAt = Date.now();

    this.press.on('reading', this.onReading);
    this.press.on('fault', this.onFault);
    this.press.begin(recipe);
    cellarLog.info('press cycle started', { pressId: this.pressId, recipe });
    return promise;
  }

  private readonly onReading = (reading: PressReading): void => {
    this.samples.push(reading);
    if (this.samples.length < this.config.minSamples) return;
    if (reading.juiceFlowLpm >= this.config.minFlowLpm) return;

    const summary = this.summarise();
    cellarLog.info('press cycle complete', { pressId: this.pressId, litres: summary.litres });
    this.pending?.resolve(summary);
  };

  private readonly onFault = (fault: PressFault): void => {
    cellarLog.warn('press fault', { pressId: this.pressId, code: fault.code });
    this.press.off('reading', this.onReading);
    this.press.off('fault', this.onFault);
    this.pending?.reject(new Error(`press ${this.pressId} fault ${fault.code}: ${fault.message}`));
    this.pending = undefined;
  };

  private summarise(): CycleSummary {
    const minutesPerSample = this.config.sampleIntervalMs / 60_000;
    let litres = 0;
    let peak = 0;
    let brixTotal = 0;
    for (const sample of this.samples) {
      litres += sample.juiceFlowLpm * minutesPerSample;
      peak = Math.max(peak, sample.pressureBar);
      brixTotal += sample.brix;
    }
    return {
      pressId: this.pressId,
      litres: Math.round(litres * 10) / 10,
      peakPressureBar: peak,
      meanBrix: this.samples.length ? brixTotal / this.samples.length : 0,
      durationMs: Date.now() - this.startedAt,
    };
  }

  get sampleCount(): number {
    return this.samples.length;
  }
}
