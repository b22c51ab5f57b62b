// expect: none
// The three probes start concurrently and are awaited in sequence, but probe() catches every failure (including its own timeout) and resolves with a status object, so none of the stored promises can reject while another is being awaited.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface ProbeResult {
  name: string;
  ok: boolean;
  latencyMs: number;
  error?: string;
}

declare const pg: { query(sql: string, opts?: { signal?: AbortSignal }): Promise<unknown> };
declare const redis: { ping(opts?: { signal?: AbortSignal }): Promise<'PONG'> };
declare const blobStore: { headBucket(name: string, opts?: { abortSignal?: AbortSignal }): Promise<void> };

async function probe(name: string, timeoutMs: number, check: (signal: AbortSignal) => Promise<unknown>): Promise<ProbeResult> {
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    await check(signal);
    return { name, ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    const error = signal.aborted ? `timed out after ${timeoutMs}ms` : err instanceof Error ? err.message : String(err);
    return { name, ok: false, latencyMs: Math.round(performance.now() - started), error };
  }
}

export async function healthHandler(_req: IncomingMessage, res: ServerResponse): Promise<void> {
  const database = probe('postgres', 1_000, (signal) => pg.query('select 1', { signal }));
  const cache = probe('redis', 500, (signal) => redis.ping({ signal }));
  const storage = probe('blob', 2_000, (signal) => blobStore.headBucket('uploads', { abortSignal: signal }));

  const results = [await database, await cache, await storage];
  const healthy = results.every((r) => r.ok || r.name === 'blob');

  res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ status: healthy ? 'ok' : 'degraded', checks: results }));
}
