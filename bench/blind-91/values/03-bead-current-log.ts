// expect: none
// The totals are written by 'data'/'line' callbacks but only read after awaiting finished() or once(rl, 'close'), by which point every callback has run.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface BeadStats {
  samples: number;
  meanAmps: number;
  peakAmps: number;
  arcOnSeconds: number;
}

const SAMPLE_HZ = 200;

export async function statsFromLog(file: string): Promise<BeadStats> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });

  let samples = 0;
  let sum = 0;
  let peak = 0;

  rl.on('line', (line) => {
    const amps = Number(line.split(',')[1]);
    if (!Number.isFinite(amps)) return;
    samples++;
    sum += amps;
    if (amps > peak) peak = amps;
  });

  await once(rl, 'close');

  return {
    samples,
    meanAmps: samples ? sum / samples : 0,
    peakAmps: peak,
    arcOnSeconds: samples / SAMPLE_HZ,
  };
}

export async function statsFromProbe(probe: Readable): Promise<BeadStats> {
  let samples = 0;
  let sum = 0;
  let peak = 0;
  let arcOn = 0;

  probe.on('data', (chunk: Buffer) => {
    // probe emits little-endian uint16 deciamps
    for (let i = 0; i + 1 < chunk.length; i += 2) {
      const amps = chunk.readUInt16LE(i) / 10;
      samples++;
      sum += amps;
      if (amps > peak) peak = amps;
      if (amps > 5) arcOn++;
    }
  });

  await finished(probe);

  return {
    samples,
    meanAmps: samples ? sum / samples : 0,
    peakAmps: peak,
    arcOnSeconds: arcOn / SAMPLE_HZ,
  };
}

export function heatInputKjPerMm(stats: BeadStats, volts: number, travelMmPerSec: number): number {
  // arc efficiency for TIG ≈ 0.6
  return (0.6 * volts * stats.meanAmps) / (travelMmPerSec * 1000);
}
