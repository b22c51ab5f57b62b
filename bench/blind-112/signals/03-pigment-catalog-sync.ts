// expect: no-swallowed-abort
// Any error that is not an HTTP 4xx is treated as transient, so the AbortError raised when the caller cancels is caught, reported through onRetry and retried instead of ending the sync.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GlassPaint {
  code: string;
  name: string;
  firingTempC: number;
  kind: 'grisaille' | 'silver-stain' | 'enamel';
}

export interface CatalogStore {
  replaceAll(paints: GlassPaint[]): Promise<void>;
  count(): Promise<number>;
}

export interface SyncOptions {
  signal?: AbortSignal;
  maxAttempts?: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

export class CatalogHttpError extends Error {
  constructor(readonly status: number) {
    super(`catalog download failed with ${status}`);
    this.name = 'CatalogHttpError';
  }
}

async function downloadCatalog(url: string, signal?: AbortSignal): Promise<GlassPaint[]> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new CatalogHttpError(res.status);
  const body = (await res.json()) as { paints: GlassPaint[] };
  return body.paints.filter((p) => p.firingTempC > 500 && p.firingTempC < 720);
}

export async function syncPigmentCatalog(
  store: CatalogStore,
  url: string,
  options: SyncOptions = {},
): Promise<number> {
  const maxAttempts = options.maxAttempts ?? 5;
  let lastError: unknown;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const paints = await downloadCatalog(url, options.signal);
      await store.replaceAll(paints);
      return paints.length;
    } catch (err) {
      if (err instanceof CatalogHttpError && err.status < 500) throw err;
      lastError = err;
      options.onRetry?.(attempt, err);
      if (err instanceof CatalogHttpError && attempt < maxAttempts) {
        await sleep(250 * attempt, undefined, { signal: options.signal });
      }
    }
  }

  throw lastError;
}

export function paintsForFiring(paints: GlassPaint[], kilnTempC: number, toleranceC = 15): GlassPaint[] {
  return paints.filter((p) => Math.abs(p.firingTempC - kilnTempC) <= toleranceC);
}
