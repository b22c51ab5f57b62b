// expect: none
// Every loader in the Promise.all array is actually called, and the retry helper is given arrow functions that start a fresh request on each attempt.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Stop {
  id: string;
  division: 'Great' | 'Swell' | 'Choir' | 'Pedal';
  name: string; // e.g. "Trompette 8'"
  pipes: number;
}

export interface Coupler {
  from: Stop['division'];
  to: Stop['division'];
  pitch: 4 | 8 | 16;
}

export interface Temperament {
  name: string; // e.g. "Kirnberger III"
  centsFromEqual: number[]; // 12 entries, C..B
}

export interface OrganDatabase {
  stops(organId: string): Promise<Stop[]>;
  couplers(organId: string): Promise<Coupler[]>;
  temperament(organId: string): Promise<Temperament>;
}

export interface Console {
  stops: Stop[];
  couplers: Coupler[];
  temperament: Temperament;
  totalPipes: number;
}

async function retry<T>(task: () => Promise<T>, attempts = 3, delayMs = 400): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

export class StopListLoader {
  constructor(private readonly db: OrganDatabase) {}

  private loadStops(organId: string): Promise<Stop[]> {
    return retry(() => this.db.stops(organId));
  }

  private loadCouplers(organId: string): Promise<Coupler[]> {
    return retry(() => this.db.couplers(organId));
  }

  private async loadTemperament(organId: string): Promise<Temperament> {
    const t = await retry(() => this.db.temperament(organId));
    if (t.centsFromEqual.length !== 12) throw new Error(`temperament ${t.name} must list 12 offsets`);
    return t;
  }

  async loadConsole(organId: string): Promise<Console> {
    const [stops, couplers, temperament] = await Promise.all([
      this.loadStops(organId),
      this.loadCouplers(organId),
      this.loadTemperament(organId),
    ]);
    const totalPipes = stops.reduce((sum, s) => sum + s.pipes, 0);
    return { stops: stops.sort((a, b) => a.division.localeCompare(b.division)), couplers, temperament, totalPipes };
  }
}
