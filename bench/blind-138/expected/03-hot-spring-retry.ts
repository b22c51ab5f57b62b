// expect: none
// withRetry receives a function and calls it afresh on every attempt, so each retry performs a new lab request instead of re-awaiting a settled one.
import { setTimeout as delay } from 'node:timers/promises';

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  retryable?: (err: unknown) => boolean;
}

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 4, baseDelayMs = 500, retryable = () => true } = options;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!retryable(err) || attempt === attempts) break;
      const jitter = Math.random() * baseDelayMs;
      await delay(baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
  throw lastError;
}

export class HttpStatusError extends Error {
  constructor(readonly status: number, url: string) {
    super(`${url} answered HTTP ${status}`);
    this.name = 'HttpStatusError';
  }
}

export interface MineralProfile {
  springId: string;
  lithiumMgL: number;
  radonBqL: number;
  silicaMgL: number;
  bicarbonateMgL: number;
}

export async function fetchMineralProfile(labUrl: string, springId: string): Promise<MineralProfile> {
  const url = `${labUrl}/springs/${encodeURIComponent(springId)}/minerals`;
  return withRetry(
    async () => {
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new HttpStatusError(res.status, url);
      return (await res.json()) as MineralProfile;
    },
    { retryable: (err) => !(err instanceof HttpStatusError) || err.status >= 500 || err.status === 429 },
  );
}

export function classifySpring(profile: MineralProfile): string[] {
  const labels: string[] = [];
  if (profile.radonBqL >= 111) labels.push('radioactive spring');
  if (profile.lithiumMgL >= 1) labels.push('lithium spring');
  if (profile.silicaMgL >= 50) labels.push('silicic spring');
  if (profile.bicarbonateMgL >= 340) labels.push('bicarbonate spring');
  return labels.length ? labels : ['simple thermal spring'];
}
