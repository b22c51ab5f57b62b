// expect: none
// Totals written by the 'data' listeners are read only after await once(lines, 'close') or inside the 'end' callback, i.e. after the callbacks have run.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface StripCut {
  stripId: string;
  species: 'cedar' | 'redwood' | 'basswood';
  lengthMm: number;
  widthMm: number;
  beadAndCove: boolean;
}

export interface PlankingStats {
  strips: number;
  totalMetres: number;
  bySpecies: Record<StripCut['species'], number>;
  rejected: number;
}

declare const hullPlans: {
  stripsNeeded(hull: string): Promise<number>;
};

function parseCut(line: string): StripCut | null {
  const [stripId, species, length, width, bead] = line.split('\t');
  if (!stripId || !['cedar', 'redwood', 'basswood'].includes(species)) return null;
  return {
    stripId,
    species: species as StripCut['species'],
    lengthMm: Number(length),
    widthMm: Number(width),
    beadAndCove: bead === '1',
  };
}

export async function plankingStats(cutLog: string): Promise<PlankingStats> {
  const stats: PlankingStats = {
    strips: 0,
    totalMetres: 0,
    bySpecies: { cedar: 0, redwood: 0, basswood: 0 },
    rejected: 0,
  };

  const input = createReadStream(cutLog, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const cut = parseCut(line);
    if (!cut || cut.widthMm < 5 || cut.widthMm > 7) {
      stats.rejected += 1;
      return;
    }
    stats.strips += 1;
    stats.totalMetres += cut.lengthMm / 1000;
    stats.bySpecies[cut.species] += 1;
  });

  await once(lines, 'close');
  stats.totalMetres = Math.round(stats.totalMetres * 10) / 10;
  return stats;
}

export async function enoughForHull(cutLog: string, hull: string): Promise<{ ok: boolean; short: number }> {
  const [stats, needed] = await Promise.all([plankingStats(cutLog), hullPlans.stripsNeeded(hull)]);
  const short = Math.max(0, needed - stats.strips);
  return { ok: short === 0, short };
}

export function countBytes(file: string, onDone: (bytes: number) => void, onError: (err: Error) => void): void {
  let bytes = 0;
  const stream = createReadStream(file);
  stream.on('data', (chunk) => {
    bytes += chunk.length;
  });
  stream.on('end', () => onDone(bytes));
  stream.on('error', onError);
}
