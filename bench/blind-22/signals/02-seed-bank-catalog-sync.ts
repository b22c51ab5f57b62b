// expect: none
// Promise.any over mirrors where every contender gets its own controller linked to the caller's signal, and all losers are aborted in finally.
export interface AccessionRecord {
  accessionId: string;
  genus: string;
  species: string;
  collectedOn: string;
  viabilityPercent: number;
  vault: 'cold' | 'cryo';
}

export interface MirrorConfig {
  name: string;
  baseUrl: string;
}

export interface CatalogFetchOptions {
  signal?: AbortSignal;
  apiKey: string;
}

async function fetchFromMirror(mirror: MirrorConfig, accessionId: string, apiKey: string, signal: AbortSignal): Promise<AccessionRecord> {
  const res = await fetch(`${mirror.baseUrl}/v2/accessions/${encodeURIComponent(accessionId)}`, {
    headers: { 'x-api-key': apiKey },
    signal,
  });
  if (!res.ok) {
    throw new Error(`${mirror.name} responded ${res.status}`);
  }
  return (await res.json()) as AccessionRecord;
}

export async function fetchAccession(mirrors: MirrorConfig[], accessionId: string, opts: CatalogFetchOptions): Promise<AccessionRecord> {
  if (mirrors.length === 0) {
    throw new Error('No catalog mirrors configured');
  }
  opts.signal?.throwIfAborted();

  const controllers = mirrors.map(() => new AbortController());
  const onOuterAbort = () => {
    for (const c of controllers) c.abort(opts.signal?.reason);
  };
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });

  try {
    return await Promise.any(mirrors.map((mirror, i) => fetchFromMirror(mirror, accessionId, opts.apiKey, controllers[i].signal)));
  } catch (err) {
    opts.signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      const reasons = err.errors.map((e) => (e instanceof Error ? e.message : String(e)));
      throw new Error(`All mirrors failed for ${accessionId}: ${reasons.join('; ')}`, { cause: err });
    }
    throw err;
  } finally {
    opts.signal?.removeEventListener('abort', onOuterAbort);
    for (const c of controllers) c.abort();
  }
}

export async function syncViability(
  mirrors: MirrorConfig[],
  accessionIds: string[],
  opts: CatalogFetchOptions,
): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  for (const id of accessionIds) {
    const record = await fetchAccession(mirrors, id, opts);
    result.set(id, record.viabilityPercent);
  }
  return result;
}
