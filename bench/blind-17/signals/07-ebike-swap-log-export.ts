// expect: none
// The export hands the signal to both fetch and stream pipeline, and the catch only cleans up the temp file before rethrowing the original error.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface SwapEvent {
  stationId: string;
  bayNo: number;
  packSerialOut: string;
  packSerialIn: string;
  socOutPct: number;
  socInPct: number;
  at: string;
}

export interface ExportOptions {
  apiBase: string;
  token: string;
  since: Date;
  signal?: AbortSignal;
}

// Turns newline-delimited JSON swap events into CSV rows.
class SwapCsvTransform extends Transform {
  private pending = '';
  private wroteHeader = false;

  constructor() {
    super({ readableObjectMode: false, writableObjectMode: false });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.wroteHeader) {
      this.push('station,bay,pack_out,pack_in,soc_out,soc_in,at\n');
      this.wroteHeader = true;
    }
    this.pending += chunk.toString('utf8');
    const lines = this.pending.split('\n');
    this.pending = lines.pop() ?? '';
    try {
      for (const line of lines) {
        if (line.trim()) this.push(this.toRow(JSON.parse(line) as SwapEvent));
      }
      cb();
    } catch (err) {
      cb(err as Error);
    }
  }

  override _flush(cb: TransformCallback): void {
    if (this.pending.trim()) this.push(this.toRow(JSON.parse(this.pending) as SwapEvent));
    cb();
  }

  private toRow(e: SwapEvent): string {
    return [e.stationId, e.bayNo, e.packSerialOut, e.packSerialIn, e.socOutPct, e.socInPct, e.at].join(',') + '\n';
  }
}

export async function exportSwapLog(stationId: string, destPath: string, opts: ExportOptions): Promise<void> {
  const url = new URL(`/stations/${encodeURIComponent(stationId)}/swaps`, opts.apiBase);
  url.searchParams.set('since', opts.since.toISOString());

  const res = await fetch(url, {
    headers: { authorization: `Bearer ${opts.token}`, accept: 'application/x-ndjson' },
    signal: opts.signal,
  });
  if (!res.ok || !res.body) {
    throw new Error(`swap log request for ${stationId} failed with ${res.status}`);
  }

  const tmpPath = `${destPath}.partial`;
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), new SwapCsvTransform(), createWriteStream(tmpPath), {
      signal: opts.signal,
    });
    await rename(tmpPath, destPath);
  } catch (err) {
    await rm(tmpPath, { force: true });
    throw err;
  }
}
