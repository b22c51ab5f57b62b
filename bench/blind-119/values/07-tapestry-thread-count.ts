// expect: none
// The counters filled in by the readline 'line' callbacks are only read after awaiting the 'close' event, by which time every line has been processed.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface ThreadCountSummary {
  accession: string;
  samples: number;
  meanWarpPerCm: number;
  meanWeftPerCm: number;
  weakAreas: string[];
}

export interface CountOptions {
  accession: string;
  minWarpPerCm?: number;
  minWeftPerCm?: number;
}

export async function summariseThreadCounts(csvPath: string, options: CountOptions): Promise<ThreadCountSummary> {
  const minWarp = options.minWarpPerCm ?? 6;
  const minWeft = options.minWeftPerCm ?? 18;
  const input = createReadStream(csvPath, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let samples = 0;
  let warpTotal = 0;
  let weftTotal = 0;
  const weakAreas: string[] = [];
  let headerSeen = false;
  let readError: Error | null = null;

  input.on('error', (err) => {
    readError = err;
    rl.close();
  });

  rl.on('line', (line) => {
    if (!headerSeen) {
      headerSeen = true;
      return;
    }
    const [area, warp, weft] = line.split(',');
    const warpPerCm = Number(warp);
    const weftPerCm = Number(weft);
    if (!area || Number.isNaN(warpPerCm) || Number.isNaN(weftPerCm)) return;
    samples++;
    warpTotal += warpPerCm;
    weftTotal += weftPerCm;
    if (warpPerCm < minWarp || weftPerCm < minWeft) {
      weakAreas.push(area.trim());
    }
  });

  await once(rl, 'close');
  if (readError) throw readError;
  if (samples === 0) {
    throw new Error(`no thread-count samples in ${csvPath}`);
  }

  return {
    accession: options.accession,
    samples,
    meanWarpPerCm: Math.round((warpTotal / samples) * 10) / 10,
    meanWeftPerCm: Math.round((weftTotal / samples) * 10) / 10,
    weakAreas,
  };
}

export function needsSupportNetting(summary: ThreadCountSummary): boolean {
  return summary.weakAreas.length / Math.max(summary.samples, 1) > 0.15;
}
