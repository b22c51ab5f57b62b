// expect: no-floating-promises
// The 'batt-complete' listener is async, but EventEmitter ignores the promise it returns, so a failed save or alert becomes an unhandled rejection instead of reaching the monitor's error handling.
import { EventEmitter } from 'node:events';

export interface Batt {
  millId: string;
  lotId: string;
  sequence: number;
  weightKg: number;
  nepsPerGram: number;
  vegetableMatterPct: number;
}

export type BattGrade = 'premium' | 'standard' | 'seconds' | 'reject';

export interface BattStore {
  save(batt: Batt & { grade: BattGrade; gradedAt: Date }): Promise<void>;
}

export interface AlertSink {
  raise(alert: { millId: string; lotId: string; message: string }): Promise<void>;
}

export interface MillFeed extends EventEmitter {
  start(millId: string): void;
  stop(): void;
}

export function gradeBatt(batt: Batt): BattGrade {
  if (batt.vegetableMatterPct > 3 || batt.nepsPerGram > 40) return 'reject';
  if (batt.vegetableMatterPct > 1.5 || batt.nepsPerGram > 20) return 'seconds';
  if (batt.nepsPerGram > 8) return 'standard';
  return 'premium';
}

export class CardingMonitor {
  private graded = 0;
  private rejects = 0;

  constructor(
    private readonly feed: MillFeed,
    private readonly store: BattStore,
    private readonly alerts: AlertSink,
    private readonly rejectAlertThreshold = 3,
  ) {}

  start(millId: string): void {
    this.feed.on('batt-complete', async (batt: Batt) => {
      const grade = gradeBatt(batt);
      this.graded++;
      await this.store.save({ ...batt, grade, gradedAt: new Date() });
      if (grade === 'reject' && ++this.rejects >= this.rejectAlertThreshold) {
        this.rejects = 0;
        await this.alerts.raise({
          millId: batt.millId,
          lotId: batt.lotId,
          message: `${this.rejectAlertThreshold} rejected batts; check carding cloth and licker-in`,
        });
      }
    });

    this.feed.on('error', (err: Error) => {
      console.error(`mill ${millId} feed error: ${err.message}`);
    });

    this.feed.start(millId);
  }

  stop(): { graded: number } {
    this.feed.stop();
    this.feed.removeAllListeners('batt-complete');
    return { graded: this.graded };
  }
}
