// expect: no-read-before-settle
// reload() assigns this.vehicles inside the fs.readFile callback but reads this.vehicles.length for the 'reloaded' event synchronously, before the file has been read.
import { readFile, watch, type FSWatcher } from 'node:fs';
import { EventEmitter } from 'node:events';

export type VehicleClass = 'car' | 'van' | 'motorcycle' | 'coach' | 'hgv';

export interface ManifestVehicle {
  registration: string;
  vehicleClass: VehicleClass;
  lengthMeters: number;
  lane?: number;
}

const DECK_LANE_METERS = 62;

function parseManifest(text: string): ManifestVehicle[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [registration, vehicleClass, length, lane] = line.split(',');
      return {
        registration: registration.toUpperCase(),
        vehicleClass: vehicleClass as VehicleClass,
        lengthMeters: Number(length),
        lane: lane ? Number(lane) : undefined,
      };
    });
}

export class SailingManifest extends EventEmitter {
  private vehicles: ManifestVehicle[] = [];
  private watcher?: FSWatcher;

  constructor(
    readonly sailingId: string,
    private readonly path: string,
  ) {
    super();
  }

  start(): void {
    this.reload();
    this.watcher = watch(this.path, { persistent: false }, (eventType) => {
      if (eventType === 'change') this.reload();
    });
  }

  stop(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  reload(): void {
    readFile(this.path, 'utf8', (err, text) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      this.vehicles = parseManifest(text);
    });
    this.emit('reloaded', { sailingId: this.sailingId, count: this.vehicles.length });
  }

  laneUsage(): Map<number, number> {
    const usage = new Map<number, number>();
    for (const v of this.vehicles) {
      if (v.lane === undefined) continue;
      // Allow half a metre between vehicles when parked.
      usage.set(v.lane, (usage.get(v.lane) ?? 0) + v.lengthMeters + 0.5);
    }
    return usage;
  }

  overfullLanes(): number[] {
    return [...this.laneUsage()]
      .filter(([, meters]) => meters > DECK_LANE_METERS)
      .map(([lane]) => lane)
      .sort((a, b) => a - b);
  }

  unassigned(): ManifestVehicle[] {
    return this.vehicles.filter((v) => v.lane === undefined);
  }

  countByClass(): Record<VehicleClass, number> {
    const counts: Record<VehicleClass, number> = { car: 0, van: 0, motorcycle: 0, coach: 0, hgv: 0 };
    for (const v of this.vehicles) counts[v.vehicleClass] += 1;
    return counts;
  }
}
