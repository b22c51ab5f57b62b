// expect: none
// The event listeners are synchronous and every promise they start has a rejection handler attached, and the bulk notifier awaits Promise.all over the mapped calls.
import { EventEmitter } from 'node:events';

export interface HiveSample {
  hiveId: string;
  broodTempC: number;
  weightKg: number;
  acousticHz: number;
  at: Date;
}

export interface AlertSink {
  notify(beekeeperId: string, message: string): Promise<void>;
}

export interface SampleStore {
  append(hiveId: string, sample: HiveSample): Promise<void>;
}

export class ApiaryMonitor {
  private failedWrites = 0;
  private failedAlerts: { hiveId: string; error: unknown }[] = [];

  constructor(
    private readonly gateway: EventEmitter,
    private readonly sink: AlertSink,
    private readonly store: SampleStore,
    private readonly beekeeperId: string,
  ) {}

  start(): void {
    this.gateway.on('sample', this.onSample);
    this.gateway.on('swarm-risk', this.onSwarmRisk);
  }

  stop(): void {
    this.gateway.off('sample', this.onSample);
    this.gateway.off('swarm-risk', this.onSwarmRisk);
  }

  get health(): { failedWrites: number; failedAlerts: number } {
    return { failedWrites: this.failedWrites, failedAlerts: this.failedAlerts.length };
  }

  private readonly onSample = (sample: HiveSample): void => {
    this.store.append(sample.hiveId, sample).catch(() => {
      // the gateway buffers the last hour and will replay, losing a write is tolerable
      this.failedWrites++;
    });
  };

  private readonly onSwarmRisk = (hiveId: string, score: number): void => {
    if (score < 0.7) return;
    const message = `Hive ${hiveId} shows swarm preparation (score ${score.toFixed(2)}); inspect for queen cells.`;
    this.sink.notify(this.beekeeperId, message).catch((error: unknown) => {
      this.failedAlerts.push({ hiveId, error });
    });
  };

  async broadcast(hiveIds: string[], message: string): Promise<void> {
    await Promise.all(hiveIds.map((hiveId) => this.sink.notify(this.beekeeperId, `[${hiveId}] ${message}`)));
  }

  async retryFailedAlerts(): Promise<number> {
    const pending = this.failedAlerts.splice(0);
    for (const { hiveId } of pending) {
      await this.sink.notify(this.beekeeperId, `Reminder: hive ${hiveId} was flagged for swarm risk earlier.`);
    }
    return pending.length;
  }
}

export function isSwarmSignature(sample: HiveSample): boolean {
  // piping queens raise the colony hum toward 400-500 Hz
  return sample.acousticHz >= 400 && sample.acousticHz <= 520 && sample.broodTempC > 35;
}
