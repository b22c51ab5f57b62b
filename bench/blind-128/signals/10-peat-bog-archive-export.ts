// expect: none
// The export signal reaches the fetch, the stream pipeline and the pause between pages, so cancelling the export stops every step promptly.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import { setTimeout as pause } from 'node:timers/promises';
import { join } from 'node:path';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface ExportJob {
  site: string;
  fromDay: string;
  toDay: string;
  pages: number;
}

export interface ExportOptions {
  signal: AbortSignal;
  pageDelayMs?: number;
}

function toNdjson(site: string): Transform {
  let carry = '';
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, cb) {
      carry += chunk.toString('utf8');
      const lines = carry.split('\n');
      carry = lines.pop() ?? '';
      const out = lines
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => {
          const [ts, depth, temp] = l.split(',');
          return JSON.stringify({ site, ts, depthCm: Number(depth), tempC: Number(temp) });
        })
        .join('\n');
      cb(null, out ? out + '\n' : '');
    },
    flush(cb) {
      if (carry.trim()) {
        const [ts, depth, temp] = carry.split(',');
        cb(null, JSON.stringify({ site, ts, depthCm: Number(depth), tempC: Number(temp) }) + '\n');
      } else {
        cb();
      }
    },
  });
}

export async function exportArchive(apiBase: string, outDir: string, job: ExportJob, options: ExportOptions): Promise<string[]> {
  const { signal, pageDelayMs = 500 } = options;
  const files: string[] = [];

  for (let page = 1; page <= job.pages; page++) {
    const url = `${apiBase}/sites/${job.site}/readings.csv?from=${job.fromDay}&to=${job.toDay}&page=${page}`;
    const res = await fetch(url, { signal });
    if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);

    const file = join(outDir, `${job.site}-${String(page).padStart(3, '0')}.ndjson`);
    await pipeline(
      Readable.fromWeb(res.body as WebReadableStream<Uint8Array>),
      toNdjson(job.site),
      createWriteStream(file),
      { signal },
    );
    files.push(file);

    if (page < job.pages) {
      await pause(pageDelayMs, undefined, { signal });
    }
  }
  return files;
}
