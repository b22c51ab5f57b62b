// expect: none
// refreshHandle returns the bound refresh function on purpose (its return type is a function), and the swarm listener is synchronous.
import { EventEmitter } from 'node:events';

export interface HiveSnapshot {
  hiveId: string;
  roof: string;
  weightKg: number;
  broodTempC: number;
  acousticHz: number;
}

export interface RoofWeather {
  roof: string;
  windKph: number;
  tempC: number;
  rainMm: number;
}

declare const hiveApi: { snapshots(roof: string): Promise<HiveSnapshot[]> };
declare const weatherApi: { current(roof: string): Promise<RoofWeather> };
declare const beekeeperPager: { page(message: string): void };

export class RoofHiveMonitor {
  readonly events = new EventEmitter();
  private snapshots = new Map<string, HiveSnapshot>();
  private weather: RoofWeather | undefined;
  private readonly swarmAlerts = new Set<string>();

  constructor(readonly roof: string) {
    this.events.on('swarm-risk', this.onSwarmRisk);
  }

  private readonly onSwarmRisk = (snapshot: HiveSnapshot): void => {
    if (this.swarmAlerts.has(snapshot.hiveId)) return;
    this.swarmAlerts.add(snapshot.hiveId);
    beekeeperPager.page(`Hive ${snapshot.hiveId} on ${this.roof} piping at ${snapshot.acousticHz}Hz`);
  };

  private readonly refresh = async (): Promise<void> => {
    const [snapshots, weather] = await Promise.all([hiveApi.snapshots(this.roof), weatherApi.current(this.roof)]);
    this.weather = weather;
    for (const snapshot of snapshots) {
      const previous = this.snapshots.get(snapshot.hiveId);
      this.snapshots.set(snapshot.hiveId, snapshot);
      if (snapshot.acousticHz >= 400 && snapshot.acousticHz <= 500) {
        this.events.emit('swarm-risk', snapshot);
      }
      if (previous && previous.weightKg - snapshot.weightKg > 1.5) {
        this.events.emit('weight-drop', snapshot, previous.weightKg - snapshot.weightKg);
      }
    }
  };

  refreshHandle(): () => Promise<void> {
    return this.refresh;
  }

  safeToInspect(): boolean {
    if (!this.weather) return false;
    return this.weather.windKph < 25 && this.weather.tempC >= 14 && this.weather.rainMm === 0;
  }

  heaviest(): HiveSnapshot | undefined {
    return [...this.snapshots.values()].sort((a, b) => b.weightKg - a.weightKg)[0];
  }
}

export interface PollScheduler {
  every(intervalMs: number, task: () => Promise<void>, onError: (err: unknown) => void): { cancel(): void };
}

export function monitorRoofs(scheduler: PollScheduler, roofs: string[], onError: (roof: string, err: unknown) => void) {
  const monitors = roofs.map((roof) => new RoofHiveMonitor(roof));
  const jobs = monitors.map((m) => scheduler.every(5 * 60_000, m.refreshHandle(), (err) => onError(m.roof, err)));
  return {
    monitors,
    stop: () => jobs.forEach((job) => job.cancel()),
  };
}
