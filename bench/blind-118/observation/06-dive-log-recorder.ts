// expect: none
// Each sample write started from the event listener has both fulfilment and rejection handlers attached immediately and is tracked so flush() can await it, so nothing is left floating.
import { EventEmitter } from 'node:events';

export interface DepthSample {
  diverId: string;
  transect: string;
  depthM: number;
  tempC: number;
  at: number;
}

export interface SurveyStore {
  appendSample(sample: DepthSample): Promise<void>;
}

export interface RecorderLogger {
  error(message: string): void;
}

export class DiveLogRecorder {
  private readonly inFlight = new Set<Promise<void>>();
  private recorded = 0;
  private readonly failed: DepthSample[] = [];

  constructor(
    private readonly store: SurveyStore,
    private readonly source: EventEmitter,
    private readonly log: RecorderLogger,
  ) {
    this.onSample = this.onSample.bind(this);
    source.on('sample', this.onSample);
  }

  private onSample(sample: DepthSample): void {
    if (!Number.isFinite(sample.depthM) || sample.depthM < 0) return;
    const task: Promise<void> = this.store
      .appendSample(sample)
      .then(
        () => {
          this.recorded += 1;
        },
        (err: unknown) => {
          this.failed.push(sample);
          this.log.error(`could not store sample for ${sample.diverId} on ${sample.transect}: ${String(err)}`);
        },
      )
      .finally(() => {
        this.inFlight.delete(task);
      });
    this.inFlight.add(task);
  }

  get stats(): { recorded: number; failed: number; pending: number } {
    return { recorded: this.recorded, failed: this.failed.length, pending: this.inFlight.size };
  }

  async flush(): Promise<void> {
    while (this.inFlight.size > 0) {
      await Promise.all([...this.inFlight]);
    }
  }

  async retryFailed(): Promise<number> {
    const retry = this.failed.splice(0);
    for (const sample of retry) {
      this.onSample(sample);
    }
    await this.flush();
    return retry.length - this.failed.length;
  }

  async close(): Promise<void> {
    this.source.off('sample', this.onSample);
    await this.flush();
  }
}
