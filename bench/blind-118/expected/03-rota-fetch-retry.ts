// expect: none
// The retry loop calls load() afresh on every attempt, and the shared in-flight promise is cleared when it fails, so a retry never re-awaits the same rejected promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RotaEntry {
  serviceDate: string;
  service: 'sunday-morning' | 'evensong' | 'wedding' | 'practice';
  band: string[];
}

export interface ParishApi {
  fetchRota(towerId: string, quarter: string): Promise<RotaEntry[]>;
}

export async function retry<T>(
  load: () => Promise<T>,
  attempts: number,
  delayMs: number,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await load();
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw lastError;
}

export class RotaCache {
  private readonly inFlight = new Map<string, Promise<RotaEntry[]>>();

  constructor(
    private readonly api: ParishApi,
    private readonly towerId: string,
  ) {}

  private load(quarter: string): Promise<RotaEntry[]> {
    const existing = this.inFlight.get(quarter);
    if (existing) return existing;
    const request = this.api.fetchRota(this.towerId, quarter).catch((err: unknown) => {
      this.inFlight.delete(quarter);
      throw err;
    });
    this.inFlight.set(quarter, request);
    return request;
  }

  rotaFor(quarter: string): Promise<RotaEntry[]> {
    return retry(() => this.load(quarter), 3, 1000);
  }

  async servicesFor(ringer: string, quarter: string): Promise<RotaEntry[]> {
    const rota = await this.rotaFor(quarter);
    return rota.filter((entry) => entry.band.includes(ringer));
  }
}
