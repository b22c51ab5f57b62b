// expect: none
// Only non-abort failures are turned into an 'offline' reading; once the sweep's signal is aborted (or an AbortError surfaces) the error is rethrown so cancellation still propagates.
export interface ShelfReading {
  shelf: string;
  status: 'ok' | 'offline';
  ammoniaPpm?: number;
  relativeHumidity?: number;
}

export interface CaveGateway {
  readShelf(shelf: string, options: { signal: AbortSignal }): Promise<{ nh3: number; rh: number }>;
}

export interface SweepLogger {
  warn(message: string): void;
}

const AMMONIA_ALERT_PPM = 25;

export class CaveSensorSweep {
  constructor(
    private readonly gateway: CaveGateway,
    private readonly log: SweepLogger,
  ) {}

  private async readOne(shelf: string, signal: AbortSignal): Promise<ShelfReading> {
    try {
      const raw = await this.gateway.readShelf(shelf, { signal });
      return { shelf, status: 'ok', ammoniaPpm: raw.nh3, relativeHumidity: raw.rh };
    } catch (err) {
      if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) {
        throw err;
      }
      this.log.warn(`shelf ${shelf} did not answer: ${err instanceof Error ? err.message : String(err)}`);
      return { shelf, status: 'offline' };
    }
  }

  async sweep(shelves: string[], signal: AbortSignal): Promise<ShelfReading[]> {
    const readings: ShelfReading[] = [];
    for (const shelf of shelves) {
      signal.throwIfAborted();
      readings.push(await this.readOne(shelf, signal));
    }
    return readings;
  }

  async ammoniaAlerts(shelves: string[], signal: AbortSignal): Promise<string[]> {
    const readings = await this.sweep(shelves, signal);
    return readings
      .filter((r) => r.status === 'ok' && (r.ammoniaPpm ?? 0) > AMMONIA_ALERT_PPM)
      .map((r) => `${r.shelf}: ${r.ammoniaPpm} ppm NH3 — increase airflow before rind cracks`);
  }
}
