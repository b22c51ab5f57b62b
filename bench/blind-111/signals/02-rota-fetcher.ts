// expect: none
// The caller's signal reaches every fetch and every backoff sleep, and an abort is rethrown untouched instead of being retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WatchSlot {
  station: string;
  keeper: string;
  from: string;
  to: string;
}

export interface RotaFetchOptions {
  signal?: AbortSignal;
  maxAttempts?: number;
  baseDelayMs?: number;
}

export class RotaHttpError extends Error {
  override readonly name = 'RotaHttpError';
  constructor(readonly status: number, station: string) {
    super(`rota service returned ${status} for ${station}`);
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof RotaHttpError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError;
}

export class RotaFetcher {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async fetchOnce(station: string, signal?: AbortSignal): Promise<WatchSlot[]> {
    const res = await fetch(`${this.baseUrl}/stations/${encodeURIComponent(station)}/rota`, {
      headers: { authorization: `Bearer ${this.token}`, accept: 'application/json' },
      signal,
    });
    if (!res.ok) {
      await res.body?.cancel();
      throw new RotaHttpError(res.status, station);
    }
    const body = (await res.json()) as { watches: WatchSlot[] };
    return body.watches;
  }

  async fetchRota(station: string, options: RotaFetchOptions = {}): Promise<WatchSlot[]> {
    const { signal, maxAttempts = 4, baseDelayMs = 500 } = options;

    for (let attempt = 1; ; attempt++) {
      try {
        return await this.fetchOnce(station, signal);
      } catch (err) {
        if (signal?.aborted) throw err;
        if (attempt >= maxAttempts || !isRetryable(err)) throw err;
        const jitter = Math.random() * baseDelayMs;
        await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal });
      }
    }
  }

  async fetchAll(stations: string[], signal?: AbortSignal): Promise<Map<string, WatchSlot[]>> {
    const out = new Map<string, WatchSlot[]>();
    for (const station of stations) {
      out.set(station, await this.fetchRota(station, { signal }));
    }
    return out;
  }
}
