// expect: none
// The 'reading' listener is synchronous and chains the async persistence onto a queue that ends in .catch, and the interval callback does the same, so no promise is dropped unhandled.
import { EventEmitter } from 'node:events';

export interface KilnReading {
  kilnId: string;
  zoneTempsC: number[];
  atmosphere: 'oxidation' | 'reduction';
  at: number;
}

export interface FiringProfile {
  glaze: string;
  peakC: number;
  holdMinutes: number;
  maxZoneSpreadC: number;
}

declare const kilnBus: EventEmitter;

declare const firingStore: {
  append(reading: KilnReading): Promise<void>;
  heartbeat(kilnId: string): Promise<void>;
};

declare const studioPager: {
  page(message: string): Promise<void>;
};

export class KilnMonitor extends EventEmitter {
  private writeChain: Promise<void> = Promise.resolve();
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private lastAlertAt = 0;

  constructor(private readonly kilnId: string, private readonly profile: FiringProfile) {
    super();
  }

  start(): void {
    kilnBus.on('reading', this.onReading);
    this.heartbeatTimer = setInterval(() => {
      firingStore.heartbeat(this.kilnId).catch((err: unknown) => this.emit('warning', err));
    }, 60_000);
  }

  stop(): Promise<void> {
    kilnBus.off('reading', this.onReading);
    clearInterval(this.heartbeatTimer);
    return this.writeChain;
  }

  private onReading = (reading: KilnReading): void => {
    if (reading.kilnId !== this.kilnId) return;
    // keep writes in arrival order; a failed write is reported and does not block the next one
    this.writeChain = this.writeChain
      .then(() => this.persist(reading))
      .catch((err: unknown) => {
        this.emit('warning', err);
      });
  };

  private async persist(reading: KilnReading): Promise<void> {
    await firingStore.append(reading);
    const spread = Math.max(...reading.zoneTempsC) - Math.min(...reading.zoneTempsC);
    const hottest = Math.max(...reading.zoneTempsC);

    const problems: string[] = [];
    if (spread > this.profile.maxZoneSpreadC) {
      problems.push(`zone spread ${spread.toFixed(0)}C exceeds ${this.profile.maxZoneSpreadC}C`);
    }
    if (hottest > this.profile.peakC + 15) {
      problems.push(`overshoot ${hottest.toFixed(0)}C for ${this.profile.glaze}`);
    }
    if (problems.length > 0 && reading.at - this.lastAlertAt > 10 * 60_000) {
      this.lastAlertAt = reading.at;
      await studioPager.page(`Kiln ${this.kilnId}: ${problems.join('; ')}`);
    }
  }
}

export function monitorKilns(profiles: Map<string, FiringProfile>): KilnMonitor[] {
  const monitors: KilnMonitor[] = [];
  for (const [kilnId, profile] of profiles) {
    const monitor = new KilnMonitor(kilnId, profile);
    monitor.on('warning', (err: unknown) => {
      console.warn(`[kiln ${kilnId}]`, err);
    });
    monitor.start();
    monitors.push(monitor);
  }
  return monitors;
}
