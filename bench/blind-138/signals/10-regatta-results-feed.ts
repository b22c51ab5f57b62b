// expect: none
// The feed falls back to cached results only for genuine network or HTTP failures; an abort is detected by name or by the signal and re-thrown unchanged, and the retry sleep honours the signal.
import { setTimeout as delay } from 'node:timers/promises';

export interface RaceResult {
  race: number;
  sailNumber: string;
  helm: string;
  finishPlace: number | null;
  code?: 'DNF' | 'DNS' | 'OCS' | 'DSQ' | 'RET';
}

export class ResultsFeed {
  private cached: RaceResult[] | undefined;

  constructor(
    private readonly feedUrl: string,
    private readonly log: { warn(msg: string): void } = console,
    private readonly attempts = 3,
  ) {}

  async latest(race: number, signal?: AbortSignal): Promise<{ results: RaceResult[]; fromCache: boolean }> {
    try {
      const results = await this.fetchWithRetry(race, signal);
      this.cached = results;
      return { results, fromCache: false };
    } catch (err) {
      if (isAbort(err) || signal?.aborted) throw err;
      if (!this.cached) throw err;
      this.log.warn(`results feed unavailable for race ${race}, serving cached copy: ${String(err)}`);
      return { results: this.cached.filter((r) => r.race === race), fromCache: true };
    }
  }

  private async fetchWithRetry(race: number, signal?: AbortSignal): Promise<RaceResult[]> {
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        const res = await fetch(`${this.feedUrl}/races/${race}/results`, { signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (await res.json()) as RaceResult[];
      } catch (err) {
        if (isAbort(err)) throw err;
        lastError = err;
      }
      if (attempt < this.attempts) {
        await delay(500 * attempt, undefined, { signal });
      }
    }
    throw lastError;
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export function standings(results: RaceResult[], fleetSize: number): Map<string, number> {
  const points = new Map<string, number>();
  for (const r of results) {
    const score = r.finishPlace ?? fleetSize + 1;
    points.set(r.sailNumber, (points.get(r.sailNumber) ?? 0) + score);
  }
  return new Map([...points].sort((a, b) => a[1] - b[1]));
}
