// expect: none
// The retry helper takes a factory and invokes it on every attempt, so each retry issues a fresh fetch with its own abort signal.
import { setTimeout as sleep } from 'node:timers/promises';

export type DangerLevel = 1 | 2 | 3 | 4 | 5;

export interface ZoneBulletin {
  zoneId: string;
  issuedAt: string;
  validUntil: string;
  danger: { aboveTreeline: DangerLevel; nearTreeline: DangerLevel; belowTreeline: DangerLevel };
  problems: string[];
}

export interface RetryPolicy {
  attempts: number;
  timeoutMs: number;
  backoffMs: number;
  shouldRetry?: (err: unknown) => boolean;
}

export class BulletinUnavailableError extends Error {
  constructor(
    zoneId: string,
    readonly cause: unknown,
  ) {
    super(`bulletin for zone ${zoneId} unavailable`);
  }
}

const DEFAULT_POLICY: RetryPolicy = {
  attempts: 4,
  timeoutMs: 8_000,
  backoffMs: 750,
  shouldRetry: (err) => !(err instanceof BulletinUnavailableError),
};

async function attemptWithTimeout<T>(operation: (signal: AbortSignal) => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    try {
      return await operation(controller.signal);
    } catch (err) {
      lastError = err;
      if (policy.shouldRetry && !policy.shouldRetry(err)) break;
      if (attempt < policy.attempts) {
        await sleep(policy.backoffMs * attempt);
      }
    } finally {
      clearTimeout(timer);
    }
  }
  throw lastError;
}

export class BulletinClient {
  constructor(
    private readonly baseUrl: string,
    private readonly policy: RetryPolicy = DEFAULT_POLICY,
  ) {}

  async fetchZone(zoneId: string): Promise<ZoneBulletin> {
    const url = new URL(`/v2/zones/${encodeURIComponent(zoneId)}/bulletin`, this.baseUrl);
    try {
      return await attemptWithTimeout(async (signal) => {
        const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
        if (res.status >= 500) throw new Error(`forecast service returned ${res.status}`);
        if (!res.ok) throw new BulletinUnavailableError(zoneId, res.status);
        return (await res.json()) as ZoneBulletin;
      }, this.policy);
    } catch (err) {
      if (err instanceof BulletinUnavailableError) throw err;
      throw new BulletinUnavailableError(zoneId, err);
    }
  }

  async fetchRegion(zoneIds: string[]): Promise<Map<string, ZoneBulletin>> {
    const settled = await Promise.allSettled(zoneIds.map((id) => this.fetchZone(id)));
    const result = new Map<string, ZoneBulletin>();
    settled.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') {
        result.set(zoneIds[index], outcome.value);
      }
    });
    return result;
  }
}

export function highestDanger(bulletin: ZoneBulletin): DangerLevel {
  const { aboveTreeline, nearTreeline, belowTreeline } = bulletin.danger;
  return Math.max(aboveTreeline, nearTreeline, belowTreeline) as DangerLevel;
}
