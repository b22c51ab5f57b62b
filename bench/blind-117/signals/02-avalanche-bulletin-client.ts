// expect: require-signal-propagation
// The fetch receives the caller's signal but the backoff sleep between retries does not, so an aborted dispatch lookup still waits out the full delay before giving up.
import { setTimeout as delay } from 'node:timers/promises';

export interface AvalancheBulletin {
  region: string;
  validUntil: string;
  dangerLevel: 1 | 2 | 3 | 4 | 5;
  problems: string[];
  aspects: string[];
}

export interface BulletinRequest {
  region: string;
  signal?: AbortSignal;
  maxAttempts?: number;
}

export class BulletinUnavailableError extends Error {
  constructor(readonly region: string, readonly status: number) {
    super(`Avalanche bulletin for ${region} unavailable (HTTP ${status})`);
    this.name = 'BulletinUnavailableError';
  }
}

const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export class AvalancheBulletinClient {
  private readonly cache = new Map<string, { bulletin: AvalancheBulletin; fetchedAt: number }>();

  constructor(
    private readonly endpoint: string,
    private readonly cacheTtlMs = 10 * 60_000,
  ) {}

  async bulletin({ region, signal, maxAttempts = 3 }: BulletinRequest): Promise<AvalancheBulletin> {
    const cached = this.cache.get(region);
    if (cached && Date.now() - cached.fetchedAt < this.cacheTtlMs) {
      return cached.bulletin;
    }

    let attempt = 0;
    for (;;) {
      attempt++;
      const res = await fetch(`${this.endpoint}/bulletins/${encodeURIComponent(region)}/latest`, {
        headers: { accept: 'application/json' },
        signal,
      });

      if (res.ok) {
        const bulletin = (await res.json()) as AvalancheBulletin;
        this.cache.set(region, { bulletin, fetchedAt: Date.now() });
        return bulletin;
      }

      if (!RETRY_STATUS.has(res.status) || attempt >= maxAttempts) {
        throw new BulletinUnavailableError(region, res.status);
      }

      const retryAfter = Number(res.headers.get('retry-after'));
      const waitMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 750 * 2 ** attempt;
      await delay(waitMs);
    }
  }

  async riskForRoute(regions: string[], signal?: AbortSignal): Promise<{ maxDanger: number; regions: string[] }> {
    let maxDanger = 0;
    const risky: string[] = [];
    for (const region of regions) {
      const b = await this.bulletin({ region, signal });
      maxDanger = Math.max(maxDanger, b.dangerLevel);
      if (b.dangerLevel >= 3) risky.push(region);
    }
    return { maxDanger, regions: risky };
  }
}
