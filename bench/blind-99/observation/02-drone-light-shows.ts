// expect: no-floating-promises
// The 'landed' listener is async and the emitter ignores the promise it returns, so a failed telemetry upload becomes an unhandled rejection that can crash the ground station mid-show.
import { EventEmitter } from 'node:events';

export interface FlightLog {
  droneId: string;
  samples: Array<{ t: number; x: number; y: number; z: number; rgb: number }>;
  batteryEnd: number;
}

export interface TelemetryArchive {
  upload(showId: string, log: FlightLog): Promise<void>;
}

export interface DroneLink extends EventEmitter {
  downloadLog(droneId: string): Promise<FlightLog>;
}

export class ShowRecorder {
  private readonly landed = new Set<string>();
  private readonly lowBattery: string[] = [];

  constructor(
    private readonly showId: string,
    private readonly link: DroneLink,
    private readonly archive: TelemetryArchive,
    private readonly fleetSize: number,
  ) {
    this.link.on('landed', async (droneId: string) => {
      this.landed.add(droneId);
      const log = await this.link.downloadLog(droneId);
      if (log.batteryEnd < 15) this.lowBattery.push(droneId);
      await this.archive.upload(this.showId, log);
    });
    this.link.on('lost', (droneId: string) => {
      this.landed.add(droneId);
    });
  }

  get allDown(): boolean {
    return this.landed.size >= this.fleetSize;
  }

  maintenanceList(): string[] {
    return [...this.lowBattery].sort();
  }
}

export function formationBounds(logs: FlightLog[]): { maxAltitude: number; spanX: number; spanY: number } {
  let maxAltitude = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const log of logs) {
    for (const s of log.samples) {
      maxAltitude = Math.max(maxAltitude, s.z);
      minX = Math.min(minX, s.x);
      maxX = Math.max(maxX, s.x);
      minY = Math.min(minY, s.y);
      maxY = Math.max(maxY, s.y);
    }
  }
  return { maxAltitude, spanX: maxX - minX, spanY: maxY - minY };
}
