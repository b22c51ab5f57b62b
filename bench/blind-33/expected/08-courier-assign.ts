// expect: none
// retry() is given factories (an arrow and a bound arrow property) and calls op() afresh on every attempt, so each retry makes a new request.
import { setTimeout as delay } from 'node:timers/promises';

export interface Rider {
  id: string;
  name: string;
  lat: number;
  lon: number;
  cargoBike: boolean;
  activeJobs: number;
}

export interface Job {
  id: string;
  pickup: { lat: number; lon: number };
  dropoff: { lat: number; lon: number };
  bulky: boolean;
  promisedBy: Date;
}

export interface Assignment {
  jobId: string;
  riderId: string;
  etaMinutes: number;
}

declare const fleet: {
  availableRiders(zone: string): Promise<Rider[]>;
  quoteEta(riderId: string, job: Job): Promise<number>;
  assign(jobId: string, riderId: string): Promise<void>;
  zones(): Promise<string[]>;
};

interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
}

async function retry<T>(op: () => Promise<T>, { attempts, baseDelayMs }: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
      if (attempt + 1 < attempts) {
        await delay(baseDelayMs * 2 ** attempt);
      }
    }
  }
  throw lastError;
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * 111;
  const dLon = (b.lon - a.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

export class Dispatcher {
  private knownZones: string[] = [];

  constructor(private readonly retryOpts: RetryOptions = { attempts: 3, baseDelayMs: 250 }) {}

  private readonly fetchZones = async (): Promise<string[]> => {
    const zones = await fleet.zones();
    return zones.filter((z) => !z.startsWith('closed:'));
  };

  async refreshZones(): Promise<string[]> {
    this.knownZones = await retry(this.fetchZones, this.retryOpts);
    return this.knownZones;
  }

  async dispatch(job: Job, zone: string): Promise<Assignment> {
    if (this.knownZones.length > 0 && !this.knownZones.includes(zone)) {
      throw new Error(`Zone ${zone} is not served right now`);
    }

    const riders = await retry(() => fleet.availableRiders(zone), this.retryOpts);
    const candidates = riders
      .filter((r) => r.activeJobs < 2 && (!job.bulky || r.cargoBike))
      .sort((a, b) => distanceKm(a, job.pickup) - distanceKm(b, job.pickup))
      .slice(0, 3);

    if (candidates.length === 0) {
      throw new Error(`No rider available for ${job.id} in ${zone}`);
    }

    const quotes = await Promise.all(
      candidates.map(async (rider) => ({
        rider,
        eta: await retry(() => fleet.quoteEta(rider.id, job), this.retryOpts),
      })),
    );
    const best = quotes.reduce((a, b) => (b.eta < a.eta ? b : a));

    await retry(() => fleet.assign(job.id, best.rider.id), { attempts: 2, baseDelayMs: 100 });
    return { jobId: job.id, riderId: best.rider.id, etaMinutes: best.eta };
  }
}
