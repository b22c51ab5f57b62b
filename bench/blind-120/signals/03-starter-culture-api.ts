// expect: none
// Non-abort failures are wrapped in a domain error with the original as cause, but an AbortError is rethrown unchanged so callers still see the cancellation.
export interface FeedingEntry {
  at: string;
  flourG: number;
  waterG: number;
  riseRatio: number | null;
}

export interface CultureProfile {
  jarId: string;
  origin: string;
  flour: 'rye' | 'wholewheat' | 'white' | 'spelt';
  ageDays: number;
}

export class StarterApiError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StarterApiError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class StarterCultureClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      headers: { 'x-api-key': this.apiKey },
      signal,
    });
    if (!res.ok) throw new StarterApiError(`GET ${path} -> ${res.status}`);
    return (await res.json()) as T;
  }

  async feedingLog(jarId: string, signal?: AbortSignal): Promise<FeedingEntry[]> {
    try {
      return await this.get<FeedingEntry[]>(`/jars/${encodeURIComponent(jarId)}/feedings`, signal);
    } catch (err) {
      if (isAbort(err)) throw err;
      throw new StarterApiError(`could not load feeding log for ${jarId}`, { cause: err });
    }
  }

  async profile(jarId: string, signal?: AbortSignal): Promise<CultureProfile> {
    try {
      return await this.get<CultureProfile>(`/jars/${encodeURIComponent(jarId)}`, signal);
    } catch (err) {
      if (isAbort(err)) throw err;
      throw new StarterApiError(`could not load profile for ${jarId}`, { cause: err });
    }
  }

  async averageRise(jarId: string, lastN: number, signal?: AbortSignal): Promise<number | null> {
    const log = await this.feedingLog(jarId, signal);
    const rises = log
      .slice(-lastN)
      .map((entry) => entry.riseRatio)
      .filter((r): r is number => r !== null);
    if (rises.length === 0) return null;
    return rises.reduce((a, b) => a + b, 0) / rises.length;
  }
}
