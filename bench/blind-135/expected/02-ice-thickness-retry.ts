// expect: no-reused-settled-promise
// The sensor request is made once before the retry loop and every retry re-awaits that same already-rejected promise, so the retries never query the sensor again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface IceReading {
  lake: string;
  thicknessCm: number;
  snowCoverCm: number;
  measuredAt: string;
}

export interface IceSensorApi {
  latest(lake: string): Promise<IceReading>;
}

export type Verdict = 'closed' | 'foot-traffic' | 'snowmobiles' | 'light-vehicles';

export function verdictFor(r: IceReading): Verdict {
  const effective = r.thicknessCm - r.snowCoverCm * 0.5;
  if (effective < 10) return 'closed';
  if (effective < 18) return 'foot-traffic';
  if (effective < 30) return 'snowmobiles';
  return 'light-vehicles';
}

export class IceSafetyBoard {
  private verdicts = new Map<string, { verdict: Verdict; at: string }>();

  constructor(
    private api: IceSensorApi,
    private maxAttempts = 4,
    private baseDelayMs = 400,
  ) {}

  async readingWithRetry(lake: string): Promise<IceReading> {
    const request = this.api.latest(lake);
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        return await request;
      } catch (err) {
        lastError = err;
        if (attempt < this.maxAttempts) await sleep(this.baseDelayMs * attempt);
      }
    }
    throw new Error(`ice sensor for ${lake} unavailable after ${this.maxAttempts} attempts`, { cause: lastError });
  }

  async update(lake: string): Promise<Verdict> {
    try {
      const reading = await this.readingWithRetry(lake);
      const verdict = verdictFor(reading);
      this.verdicts.set(lake, { verdict, at: reading.measuredAt });
      return verdict;
    } catch (err) {
      this.verdicts.set(lake, { verdict: 'closed', at: new Date().toISOString() });
      throw err;
    }
  }

  async updateAll(lakes: string[]): Promise<Record<string, Verdict | 'unknown'>> {
    const out: Record<string, Verdict | 'unknown'> = {};
    for (const lake of lakes) {
      try {
        out[lake] = await this.update(lake);
      } catch {
        out[lake] = 'unknown';
      }
    }
    return out;
  }

  board(): string[] {
    return [...this.verdicts].map(([lake, v]) => `${lake.padEnd(20)} ${v.verdict} (as of ${v.at})`);
  }
}
