// expect: none
// The byte and line counters are written inside stream callbacks, but they are only read after `await pipeline(...)` has resolved, by which point every chunk has passed through the counters.
import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

export interface ArchiveStats {
  source: string;
  target: string;
  lines: number;
  bytesIn: number;
  bytesOut: number;
  ratio: number;
}

class LineCounter extends Transform {
  lines = 0;
  bytes = 0;
  private trailingPartial = false;

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.bytes += chunk.length;
    for (const byte of chunk) {
      if (byte === 0x0a) this.lines++;
    }
    this.trailingPartial = chunk.length > 0 && chunk[chunk.length - 1] !== 0x0a;
    cb(null, chunk);
  }

  override _flush(cb: TransformCallback): void {
    if (this.trailingPartial) this.lines++;
    cb();
  }
}

export async function archiveDiveLog(source: string, target = `${source}.gz`): Promise<ArchiveStats> {
  const counter = new LineCounter();
  let lastChunkAt = 0;
  counter.on('data', () => {
    lastChunkAt = Date.now();
  });

  await pipeline(createReadStream(source), counter, createGzip({ level: 9 }), createWriteStream(target));

  const { size: bytesOut } = await stat(target);
  if (counter.bytes > 0 && lastChunkAt === 0) {
    throw new Error(`${source}: counter saw ${counter.bytes} bytes but emitted nothing`);
  }
  return {
    source,
    target,
    lines: counter.lines,
    bytesIn: counter.bytes,
    bytesOut,
    ratio: counter.bytes === 0 ? 1 : bytesOut / counter.bytes,
  };
}

export async function archiveSeason(files: string[]): Promise<string> {
  const rows: string[] = [];
  for (const f of files) {
    const s = await archiveDiveLog(f);
    rows.push(`${s.source}: ${s.lines} dives, ${s.bytesIn} -> ${s.bytesOut} bytes (${(s.ratio * 100).toFixed(1)}%)`);
  }
  return rows.join('\n');
}
