// expect: none
// Correct: archiveShift passes ctx.signal through to stream pipeline, so cancelling the job tears down the socket, gzip and file streams together.
import { pipeline } from 'node:stream/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { createGzip } from 'node:zlib';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';

export interface ArchiveContext {
  craneId: string;
  shiftId: string;
  archiveDir: string;
  signal: AbortSignal;
  log: (msg: string) => void;
}

interface TelemetryFrame {
  ts: number;
  hoistLoadKg: number;
  trolleyPosM: number;
  windMs: number;
}

class FrameFilter extends Transform {
  private partial = '';
  dropped = 0;

  constructor(private readonly maxWindMs: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    const lines = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        const frame = JSON.parse(line) as TelemetryFrame;
        // Anemometer glitches report absurd gusts; keep them out of the archive.
        if (frame.windMs > this.maxWindMs) {
          this.dropped += 1;
          continue;
        }
        this.push(JSON.stringify(frame) + '\n');
      } catch {
        this.dropped += 1;
      }
    }
    cb();
  }

  override _flush(cb: TransformCallback): void {
    if (this.partial.trim()) this.push(this.partial + '\n');
    cb();
  }
}

export async function archiveShift(ctx: ArchiveContext, gateway: { host: string; port: number }): Promise<string> {
  ctx.signal.throwIfAborted();
  await mkdir(ctx.archiveDir, { recursive: true });
  const target = path.join(ctx.archiveDir, `${ctx.craneId}-${ctx.shiftId}.ndjson.gz`);

  const socket = connect({ host: gateway.host, port: gateway.port });
  socket.write(`REPLAY ${ctx.craneId} ${ctx.shiftId}\n`);
  const filter = new FrameFilter(80);

  try {
    await pipeline(socket, filter, createGzip(), createWriteStream(target), {
      signal: ctx.signal,
    });
  } catch (err) {
    await rm(target, { force: true });
    throw err;
  }

  ctx.log(`archived ${ctx.craneId}/${ctx.shiftId} (${filter.dropped} frames dropped)`);
  return target;
}
