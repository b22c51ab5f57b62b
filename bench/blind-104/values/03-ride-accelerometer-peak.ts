// expect: none
// peakG and sampleCount are written by the 'data' listener but only read after the pipeline promise resolves, by which point every sample has been processed.
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

export interface RideRun {
  rideId: string;
  logPath: string;
  limitG: number;
}

export interface RunVerdict {
  rideId: string;
  samples: number;
  peakG: number;
  withinLimit: boolean;
}

class LineSplitter extends Transform {
  private rest = '';
  constructor() {
    super({ readableObjectMode: true });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const lines = (this.rest + chunk.toString('utf8')).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) if (line) this.push(line);
    done();
  }
  override _flush(done: TransformCallback): void {
    if (this.rest) this.push(this.rest);
    done();
  }
}

export async function checkRun(run: RideRun): Promise<RunVerdict> {
  let peakG = 0;
  let sampleCount = 0;

  const lines = new LineSplitter();
  lines.on('data', (line: string) => {
    const [, x, y, z] = line.split(',').map(Number);
    if (x === undefined || y === undefined || z === undefined) return;
    const g = Math.sqrt(x * x + y * y + z * z) / 9.80665;
    if (Number.isFinite(g)) {
      sampleCount += 1;
      if (g > peakG) peakG = g;
    }
  });

  await pipeline(createReadStream(run.logPath), createGunzip(), lines);

  return {
    rideId: run.rideId,
    samples: sampleCount,
    peakG: Math.round(peakG * 100) / 100,
    withinLimit: sampleCount > 0 && peakG <= run.limitG,
  };
}
