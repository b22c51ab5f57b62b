// expect: no-swallowed-abort
// On Ctrl+C the AbortError from fetch/writeFile is rewrapped as a plain Error, so main() never sees name 'AbortError' and prints "download ... failed" with exit code 1 instead of exiting quietly with 130.
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

interface DownloadOptions {
  url: string;
  dest: string;
  signal: AbortSignal;
  onProgress?: (received: number, total: number | null) => void;
}

async function* countBytes(source: Readable, onChunk: (bytes: number) => void): AsyncGenerator<Buffer> {
  for await (const chunk of source) {
    const buf = chunk as Buffer;
    onChunk(buf.length);
    yield buf;
  }
}

export async function downloadArtifact({ url, dest, signal, onProgress }: DownloadOptions): Promise<number> {
  const partial = `${dest}.part`;
  let received = 0;
  try {
    const res = await fetch(url, { signal, headers: { accept: 'application/octet-stream' } });
    if (!res.ok || !res.body) {
      throw new Error(`unexpected response ${res.status} ${res.statusText}`);
    }
    const total = Number(res.headers.get('content-length')) || null;
    const body = Readable.fromWeb(res.body as unknown as NodeReadableStream<Uint8Array>);
    const counted = countBytes(body, (n) => {
      received += n;
      onProgress?.(received, total);
    });
    await writeFile(partial, counted, { signal });
    await rename(partial, dest);
    return received;
  } catch (err) {
    await rm(partial, { force: true });
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`download of ${url} failed after ${received} bytes: ${reason}`, { cause: err });
  }
}

export async function main(argv: string[]): Promise<void> {
  const [url, destArg] = argv;
  if (!url) {
    console.error('usage: fetch-artifact <url> [dest]');
    process.exitCode = 2;
    return;
  }
  const dest = destArg ?? basename(new URL(url).pathname);
  const controller = new AbortController();
  const onSigint = () => {
    process.stderr.write('\ncancelling download…\n');
    controller.abort();
  };
  process.once('SIGINT', onSigint);

  let lastDecile = -1;
  try {
    const bytes = await downloadArtifact({
      url,
      dest,
      signal: controller.signal,
      onProgress: (received, total) => {
        if (!total) return;
        const decile = Math.floor((received / total) * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          process.stderr.write(`${decile * 10}%\n`);
        }
      },
    });
    console.log(`saved ${dest} (${bytes} bytes)`);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      process.exitCode = 130;
      return;
    }
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
