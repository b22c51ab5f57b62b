// expect: none
// The catch removes the partial file and rethrows the original error untouched when the caller's signal is aborted; only genuine network/disk failures are wrapped in UpdateError.
import { createHash, type Hash } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export class UpdateError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UpdateError';
  }
}

export interface ReleaseManifest {
  version: string;
  url: string;
  sha256: string;
  size: number;
}

async function* hashing(source: Readable, hash: Hash, onBytes: (n: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const buf = chunk as Buffer;
    hash.update(buf);
    onBytes(buf.length);
    yield buf;
  }
}

export async function downloadUpdate(
  manifest: ReleaseManifest,
  cacheDir: string,
  signal: AbortSignal,
  onProgress?: (fraction: number) => void,
): Promise<string> {
  const target = join(cacheDir, `app-${manifest.version}.pkg`);
  const partial = `${target}.download`;
  const hash = createHash('sha256');
  let received = 0;

  try {
    const res = await fetch(manifest.url, { signal });
    if (!res.ok || !res.body) {
      throw new UpdateError(`update server returned ${res.status} for ${manifest.version}`);
    }
    const body = Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>);
    const data = hashing(body, hash, (n) => {
      received += n;
      onProgress?.(Math.min(1, received / manifest.size));
    });
    await writeFile(partial, data, { signal });

    const digest = hash.digest('hex');
    if (digest !== manifest.sha256) {
      throw new UpdateError(`checksum mismatch for ${manifest.version}: expected ${manifest.sha256}, got ${digest}`);
    }
    await rename(partial, target);
    return target;
  } catch (err) {
    await rm(partial, { force: true });
    if (signal.aborted || err instanceof UpdateError) throw err;
    throw new UpdateError(`could not download ${manifest.version} after ${received} bytes`, { cause: err });
  }
}
