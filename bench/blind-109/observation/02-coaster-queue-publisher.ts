// expect: none
// The 'reading' listener is synchronous and ends every publish chain with .catch, so each push to the park app is observed and a failed push is logged instead of becoming an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface QueueSample {
  ride: string;
  minutes: number;
  source: 'turnstile' | 'manual';
  at: number;
}

export interface ParkAppClient {
  pushWaitTime(ride: string, minutes: number): Promise<void>;
}

export interface Logger {
  warn(message: string, err?: unknown): void;
}

export class QueueSensorHub extends EventEmitter {
  report(sample: QueueSample): void {
    this.emit('reading', sample);
  }
}

export class WaitTimePublisher {
  private readonly lastPushed = new Map<string, number>();
  private failures = 0;

  constructor(
    private readonly app: ParkAppClient,
    private readonly log: Logger,
    private readonly minDelta = 5,
  ) {}

  attach(hub: QueueSensorHub): () => void {
    const onReading = (sample: QueueSample) => {
      if (!this.shouldPush(sample)) return;
      this.push(sample).catch((err) => {
        this.failures += 1;
        this.log.warn(`could not publish wait time for ${sample.ride}`, err);
      });
    };
    hub.on('reading', onReading);
    return () => hub.off('reading', onReading);
  }

  get failedPushes(): number {
    return this.failures;
  }

  private shouldPush(sample: QueueSample): boolean {
    if (sample.minutes < 0 || sample.minutes > 300) return false;
    const previous = this.lastPushed.get(sample.ride);
    if (previous === undefined) return true;
    return sample.source === 'manual' || Math.abs(previous - sample.minutes) >= this.minDelta;
  }

  private async push(sample: QueueSample): Promise<void> {
    const rounded = Math.round(sample.minutes / 5) * 5;
    await this.app.pushWaitTime(sample.ride, rounded);
    this.lastPushed.set(sample.ride, sample.minutes);
  }
}
