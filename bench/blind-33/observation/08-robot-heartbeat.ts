// expect: none
// Fire-and-forget work from the sync event listener and the interval is started with a .catch handler attached immediately, so no promise is dropped.
import { EventEmitter } from 'node:events';

export interface RobotHeartbeat {
  robotId: string;
  array: string;
  batteryPct: number;
  waterLitres: number;
  brushRpm: number;
  state: 'docked' | 'cleaning' | 'returning' | 'fault';
  at: number;
}

declare const fleetLink: EventEmitter;

declare const dockControl: {
  recall(robotId: string, reason: string): Promise<void>;
  scheduleRefill(robotId: string, litres: number): Promise<void>;
};

declare const metricsSink: {
  push(series: string, value: number, tags: Record<string, string>): Promise<void>;
};

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

const LOW_BATTERY = 25;
const LOW_WATER = 8;
const STALE_AFTER_MS = 90_000;

export class HeartbeatMonitor {
  private readonly lastSeen = new Map<string, RobotHeartbeat>();
  private readonly recalling = new Set<string>();
  private sweepTimer?: NodeJS.Timeout;

  private readonly onHeartbeat = (hb: RobotHeartbeat): void => {
    this.lastSeen.set(hb.robotId, hb);
    this.handle(hb).catch((err: unknown) => {
      log.error('heartbeat handling failed', { robotId: hb.robotId, error: String(err) });
    });
  };

  start(): void {
    fleetLink.on('heartbeat', this.onHeartbeat);
    this.sweepTimer = setInterval(() => {
      this.sweepStale(Date.now()).catch((err: unknown) => log.error('stale sweep failed', { error: String(err) }));
    }, 30_000);
  }

  stop(): void {
    fleetLink.off('heartbeat', this.onHeartbeat);
    clearInterval(this.sweepTimer);
  }

  private async handle(hb: RobotHeartbeat): Promise<void> {
    await metricsSink.push('robot.battery_pct', hb.batteryPct, { robot: hb.robotId, array: hb.array });

    if (hb.state !== 'cleaning') {
      this.recalling.delete(hb.robotId);
      return;
    }
    if (hb.batteryPct < LOW_BATTERY && !this.recalling.has(hb.robotId)) {
      this.recalling.add(hb.robotId);
      await dockControl.recall(hb.robotId, `battery ${hb.batteryPct}%`);
      return;
    }
    if (hb.waterLitres < LOW_WATER) {
      await dockControl.scheduleRefill(hb.robotId, 40 - hb.waterLitres);
    }
  }

  private async sweepStale(now: number): Promise<void> {
    const stale = [...this.lastSeen.values()].filter(
      (hb) => hb.state === 'cleaning' && now - hb.at > STALE_AFTER_MS && !this.recalling.has(hb.robotId),
    );
    for (const hb of stale) {
      log.warn('robot heartbeat stale, recalling', { robotId: hb.robotId, array: hb.array });
      this.recalling.add(hb.robotId);
      await dockControl.recall(hb.robotId, 'heartbeat lost');
    }
  }
}
