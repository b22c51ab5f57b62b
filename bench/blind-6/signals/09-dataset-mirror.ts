// expect: require-signal-propagation
// opts.signal reaches the manifest request but the per-shard download helper is called without it, so cancelling the mirror leaves every in-flight shard download streaming to disk.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { join } from 'node:path';

interface Shard {
  name: string;
  url: string;
  bytes: number;
}

export interface MirrorOptions {
  manifestUrl: string;
  destDir: string;
  concurrency?: number;
  signal?: AbortSignal;
}

async function downloadShard(shard: Shard, destDir: string, signal?: AbortSignal): Promise<number> {
  const res = await fetch(shard.url, { signal });
  if (!res.ok || !res.body) throw new Error(`shard ${shard.name}: HTTP ${res.status}`);
  const out = createWriteStream(join(destDir, shard.name));
  await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>), out, { signal });
  return shard.bytes;
}

export async function mirrorDataset(opts: MirrorOptions): Promise<{ shards: number; bytes: number }> {
  const { manifestUrl, destDir, concurrency = 4, signal } = opts;
  await mkdir(destDir, { recursive: true });

  const res = await fetch(manifestUrl, { signal });
  if (!res.ok) throw new Error(`manifest: HTTP ${res.status}`);
  const { shards } = (await res.json()) as { shards: Shard[] };

  let bytes = 0;
  const queue = [...shards];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let shard = queue.shift(); shard; shard = queue.shift()) {
      const started = performance.now();
      const written = await downloadShard(shard, destDir);
      bytes += written;
      console.log(`  ${shard.name} ${(shard.bytes / 2 ** 20).toFixed(1)} MiB in ${((performance.now() - started) / 1000).toFixed(1)}s`);
    }
  });
  await Promise.all(workers);

  return { shards: shards.length, bytes };
}
