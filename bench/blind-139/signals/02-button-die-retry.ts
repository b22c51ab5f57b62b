// expect: none
// The retry loop passes the caller's signal to every request and to the cancellable timers/promises backoff, so an abort stops both the request and the wait.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DieProfile {
  dieId: string;
  diameterMm: number;
  holes: 2 | 4;
  rimStyle: 'flat' | 'raised' | 'domed';
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export class TransientHttpError extends Error {
  constructor(readonly status: number, url: string) {
    super(`transient HTTP ${status} from ${url}`);
    this.name = 'TransientHttpError';
  }
}

const DEFAULT_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };

function backoff(attempt: number, policy: RetryPolicy): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

async function getDie(url: string, signal: AbortSignal | undefined): Promise<DieProfile> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (res.status === 429 || res.status >= 500) {
    throw new TransientHttpError(res.status, url);
  }
  if (!res.ok) {
    throw new Error(`die lookup failed: HTTP ${res.status}`);
  }
  return (await res.json()) as DieProfile;
}

export async function fetchDieProfile(
  catalogueUrl: string,
  dieId: string,
  options: { signal?: AbortSignal; policy?: RetryPolicy } = {},
): Promise<DieProfile> {
  const policy = options.policy ?? DEFAULT_POLICY;
  const url = `${catalogueUrl}/dies/${encodeURIComponent(dieId)}`;
  let lastError: unknown;

  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    try {
      return await getDie(url, options.signal);
    } catch (err) {
      if (!(err instanceof TransientHttpError)) throw err;
      lastError = err;
    }
    if (attempt < policy.attempts - 1) {
      await sleep(backoff(attempt, policy), undefined, { signal: options.signal });
    }
  }
  throw lastError;
}

export async function loadPressSetup(
  catalogueUrl: string,
  dieIds: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, DieProfile>> {
  const profiles = await Promise.all(dieIds.map((id) => fetchDieProfile(catalogueUrl, id, { signal })));
  return new Map(profiles.map((p) => [p.dieId, p]));
}
