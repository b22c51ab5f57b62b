// expect: none
// The retry loop rethrows immediately once the caller's signal is aborted, retries only per-attempt timeouts and 5xx, and its backoff sleep takes the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Accession {
  accessionId: string;
  taxon: string;
  collectedOn: string;
  seedCount: number;
  germinationPct: number | null;
  vault: string;
}

export class CatalogError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'CatalogError';
  }
}

export interface FetchAccessionOptions {
  signal?: AbortSignal;
  attempts?: number;
  attemptTimeoutMs?: number;
}

const BASE_BACKOFF_MS = 250;

function isRetryable(err: unknown): boolean {
  if (err instanceof CatalogError) return err.status !== undefined && err.status >= 500;
  if (err instanceof DOMException) return err.name === 'TimeoutError';
  return err instanceof TypeError; // undici network failure
}

async function requestAccession(baseUrl: string, id: string, signal: AbortSignal): Promise<Accession> {
  const res = await fetch(new URL(`/accessions/${encodeURIComponent(id)}`, baseUrl), {
    headers: { accept: 'application/json' },
    signal,
  });
  if (!res.ok) {
    throw new CatalogError(`catalog returned ${res.status} for accession ${id}`, res.status);
  }
  return (await res.json()) as Accession;
}

export async function fetchAccession(
  baseUrl: string,
  accessionId: string,
  options: FetchAccessionOptions = {},
): Promise<Accession> {
  const { signal, attempts = 4, attemptTimeoutMs = 5_000 } = options;

  for (let attempt = 1; ; attempt++) {
    const timeout = AbortSignal.timeout(attemptTimeoutMs);
    const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      return await requestAccession(baseUrl, accessionId, attemptSignal);
    } catch (err) {
      if (signal?.aborted) throw err;
      if (!isRetryable(err) || attempt >= attempts) {
        throw new CatalogError(`could not load accession ${accessionId} after ${attempt} attempt(s)`, undefined, {
          cause: err,
        });
      }
      const backoff = BASE_BACKOFF_MS * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
      await sleep(backoff, undefined, { signal });
    }
  }
}

export async function viableAccessions(
  baseUrl: string,
  ids: readonly string[],
  minGermination: number,
  signal?: AbortSignal,
): Promise<Accession[]> {
  const loaded = await Promise.all(ids.map((id) => fetchAccession(baseUrl, id, { signal })));
  return loaded.filter((a) => a.germinationPct !== null && a.germinationPct >= minGermination);
}
