// expect: no-swallowed-abort
// fetchShard's catch-all retries when the caller aborts and finally throws a generic "unavailable" error, so cancellation is retried and then reported as an outage.
import { createHash } from 'node:crypto';

export interface CatalogShard {
  shard: number;
  etag: string;
  packets: Array<{ accession: string; species: string; stock: number; region: string }>;
}

export interface MirrorResult {
  shards: number;
  packets: number;
  changed: number[];
}

declare const upstream: { url: string; shardCount: number };
declare const mirrorStore: {
  etag(shard: number): Promise<string | null>;
  save(shard: CatalogShard): Promise<void>;
};
declare const log: { warn(msg: string, meta?: object): void };
declare const volunteerBandwidth: { pause(attempt: number): Promise<void> };

class CatalogUnavailableError extends Error {
  constructor(shard: number, readonly cause: unknown) {
    super(`seed catalogue shard ${shard} unavailable after retries`);
    this.name = 'CatalogUnavailableError';
  }
}

async function fetchShard(shard: number, knownEtag: string | null, signal: AbortSignal, attempts = 4): Promise<CatalogShard | null> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${upstream.url}/catalogue/shards/${shard}`, {
        headers: knownEtag ? { 'if-none-match': knownEtag } : {},
        signal,
      });
      if (res.status === 304) return null;
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as Omit<CatalogShard, 'etag'>;
      return { ...body, etag: res.headers.get('etag') ?? createHash('sha1').update(JSON.stringify(body)).digest('hex') };
    } catch (err) {
      lastError = err;
      log.warn('catalogue shard fetch failed', { shard, attempt, error: String(err) });
      if (attempt < attempts) {
        // The upstream runs on a volunteer's home connection; the shared pacer spaces out retries.
        await volunteerBandwidth.pause(attempt);
      }
    }
  }
  throw new CatalogUnavailableError(shard, lastError);
}

/** Community seed libraries mirror the regional catalogue nightly so lending works offline. */
export async function mirrorCatalogue(signal: AbortSignal): Promise<MirrorResult> {
  const changed: number[] = [];
  let packets = 0;
  for (let shard = 0; shard < upstream.shardCount; shard++) {
    const known = await mirrorStore.etag(shard);
    const fresh = await fetchShard(shard, known, signal);
    if (!fresh) continue;
    // Negative stock means a lending record was reconciled twice upstream; clamp instead of mirroring nonsense.
    for (const p of fresh.packets) p.stock = Math.max(0, p.stock);
    await mirrorStore.save(fresh);
    changed.push(shard);
    packets += fresh.packets.length;
  }
  return { shards: upstream.shardCount, packets, changed };
}
