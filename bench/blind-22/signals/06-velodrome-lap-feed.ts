// expect: none
// The signal reaches fetch and pipeline, and the catch rethrows untouched when the caller aborted, only wrapping real feed failures.
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';

export interface LapCrossing {
  riderBib: number;
  loop: 'finish' | 'pursuit-a' | 'pursuit-b';
  timestampMicros: bigint;
}

export interface LapFeedOptions {
  decoderUrl: string;
  heatId: string;
  signal: AbortSignal;
}

function lineSplitter(): Transform {
  let buffered = '';
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, cb) {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) this.push(line);
      cb();
    },
    flush(cb) {
      if (buffered.trim()) this.push(buffered);
      cb();
    },
  });
}

function parseCrossing(line: string): LapCrossing {
  const [bib, loop, micros] = line.split(',');
  if (loop !== 'finish' && loop !== 'pursuit-a' && loop !== 'pursuit-b') {
    throw new Error(`Unknown timing loop "${loop}"`);
  }
  return { riderBib: Number(bib), loop, timestampMicros: BigInt(micros) };
}

export async function recordHeat(opts: LapFeedOptions, onCrossing: (c: LapCrossing) => void): Promise<number> {
  const res = await fetch(`${opts.decoderUrl}/heats/${encodeURIComponent(opts.heatId)}/passings`, {
    headers: { accept: 'text/csv' },
    signal: opts.signal,
  });
  if (!res.ok || !res.body) {
    throw new Error(`Decoder feed unavailable (${res.status})`);
  }

  let count = 0;
  const sink = new Writable({
    objectMode: true,
    write(line: string, _enc, cb) {
      try {
        onCrossing(parseCrossing(line));
        count++;
        cb();
      } catch (err) {
        cb(err as Error);
      }
    },
  });

  try {
    await pipeline(Readable.fromWeb(res.body as NodeWebReadableStream<Uint8Array>), lineSplitter(), sink, { signal: opts.signal });
  } catch (err) {
    if (opts.signal.aborted) throw err;
    throw new Error(`Lap feed for heat ${opts.heatId} broke after ${count} crossings`, { cause: err });
  }
  return count;
}
