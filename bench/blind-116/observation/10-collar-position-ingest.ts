// expect: no-floating-promises
// The 'position' listener is an async function whose promise the EventEmitter ignores, so a failed geofence lookup or database insert becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface Position {
  collarId: string;
  lat: number;
  lon: number;
  at: Date;
  batteryPct: number;
}

export interface PositionStore {
  insert(p: Position): Promise<void>;
  lastKnown(collarId: string): Promise<Position | undefined>;
}

export interface GeofenceService {
  insideWinterPasture(lat: number, lon: number): Promise<boolean>;
}

export interface HerderAlerts {
  send(message: string): void;
}

function haversineKm(a: Position, b: Position): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export class CollarIngest {
  private received = 0;

  constructor(
    private readonly store: PositionStore,
    private readonly fences: GeofenceService,
    private readonly alerts: HerderAlerts,
    private readonly maxKmPerHour = 15,
  ) {}

  attach(feed: EventEmitter): void {
    feed.on('position', async (p: Position) => {
      this.received++;
      const previous = await this.store.lastKnown(p.collarId);
      if (previous) {
        const hours = (p.at.getTime() - previous.at.getTime()) / 3_600_000;
        if (hours > 0 && haversineKm(previous, p) / hours > this.maxKmPerHour) {
          this.alerts.send(`collar ${p.collarId}: implausible jump, ignoring fix`);
          return;
        }
      }
      if (!(await this.fences.insideWinterPasture(p.lat, p.lon))) {
        this.alerts.send(`collar ${p.collarId} outside winter pasture at ${p.lat.toFixed(4)},${p.lon.toFixed(4)}`);
      }
      if (p.batteryPct < 10) this.alerts.send(`collar ${p.collarId} battery ${p.batteryPct}%`);
      await this.store.insert(p);
    });
  }

  get count(): number {
    return this.received;
  }
}
