// expect: no-reused-settled-promise
// The retry loop awaits the same gateway.readScale() promise on every attempt, so a failed read is never re-requested.
import { setTimeout as sleep } from 'node:timers/promises';
import { EventEmitter } from 'node:events';

export interface ScaleReading {
  hiveId: string;
  grams: number;
  broodTempC: number;
  takenAt: Date;
}

declare const gateway: {
  readScale(hiveId: string, opts: { signal?: AbortSignal }): Promise<ScaleReading>;
  listHives(apiaryId: string): Promise<string[]>;
};

const MAX_ATTEMPTS = 4;
const BACKOFF_MS = 750;

export class HiveScalePoller extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  private lastWeights = new Map<string, number>();

  constructor(
    private readonly apiaryId: string,
    private readonly intervalMs = 60_000,
  ) {
    super();
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.pollAll().catch((err) => this.emit('error', err));
    }, this.intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async pollAll(): Promise<void> {
    const hives = await gateway.listHives(this.apiaryId);
    for (const hiveId of hives) {
      const reading = await this.readWithRetry(hiveId);
      if (!reading) {
        this.emit('offline', hiveId);
        continue;
      }
      this.checkForSwarm(reading);
      this.lastWeights.set(hiveId, reading.grams);
      this.emit('reading', reading);
    }
  }

  private async readWithRetry(hiveId: string): Promise<ScaleReading | undefined> {
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), 15_000);
    const request = gateway.readScale(hiveId, { signal: controller.signal });
    try {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        try {
          return await request;
        } catch (err) {
          if (controller.signal.aborted) return undefined;
          this.emit('retry', { hiveId, attempt, err });
          await sleep(BACKOFF_MS * attempt);
        }
      }
      return undefined;
    } finally {
      clearTimeout(timeout);
    }
  }

  // A sudden drop of more than ~1.5kg usually means part of the colony left.
  private checkForSwarm(reading: ScaleReading): void {
    const previous = this.lastWeights.get(reading.hiveId);
    if (previous === undefined) return;
    const delta = previous - reading.grams;
    if (delta > 1500) {
      this.emit('swarm-suspected', { hiveId: reading.hiveId, lostGrams: delta, at: reading.takenAt });
    }
  }
}
