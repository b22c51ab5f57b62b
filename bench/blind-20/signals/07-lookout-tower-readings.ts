// expect: no-leaked-race
// Bug: withDeadline races each tower read against a setTimeout that is never cleared, so every successful poll leaves a pending timer behind.
import { EventEmitter } from 'node:events';

export interface SmokeReading {
  towerId: string;
  smokeIndex: number;
  bearingDeg: number | null;
  takenAt: number;
}

declare const towerLink: {
  readSmokeIndex(towerId: string): Promise<{ index: number; bearing: number | null }>;
};

class TowerTimeoutError extends Error {
  constructor(
    readonly towerId: string,
    ms: number,
  ) {
    super(`tower ${towerId} did not answer within ${ms}ms`);
    this.name = 'TowerTimeoutError';
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, towerId: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new TowerTimeoutError(towerId, ms)), ms);
    }),
  ]);
}

export class LookoutNetwork extends EventEmitter {
  private readonly lastSeen = new Map<string, number>();
  private pollTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly towers: string[],
    private readonly alertThreshold = 0.65,
    private readonly readTimeoutMs = 8_000,
  ) {
    super();
  }

  async pollOnce(): Promise<SmokeReading[]> {
    const results = await Promise.allSettled(
      this.towers.map(async (towerId): Promise<SmokeReading> => {
        const raw = await withDeadline(towerLink.readSmokeIndex(towerId), this.readTimeoutMs, towerId);
        return { towerId, smokeIndex: raw.index, bearingDeg: raw.bearing, takenAt: Date.now() };
      }),
    );

    const readings: SmokeReading[] = [];
    for (const result of results) {
      if (result.status === 'fulfilled') {
        readings.push(result.value);
        this.lastSeen.set(result.value.towerId, result.value.takenAt);
        if (result.value.smokeIndex >= this.alertThreshold) {
          this.emit('smoke', result.value);
        }
      } else if (result.reason instanceof TowerTimeoutError) {
        this.emit('unreachable', result.reason.towerId);
      } else {
        this.emit('readFailed', result.reason);
      }
    }
    return readings;
  }

  start(intervalMs = 30_000): void {
    if (this.pollTimer) return;
    this.pollTimer = setInterval(() => {
      this.pollOnce().catch((err) => this.emit('readFailed', err));
    }, intervalMs);
  }

  stop(): void {
    clearInterval(this.pollTimer);
    this.pollTimer = undefined;
  }

  staleTowers(maxAgeMs: number): string[] {
    const now = Date.now();
    return this.towers.filter((id) => now - (this.lastSeen.get(id) ?? 0) > maxAgeMs);
  }
}
