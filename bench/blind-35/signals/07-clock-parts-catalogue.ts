// expect: require-signal-propagation
// searchCatalogue receives options.signal but never passes it to createReadStream or checks it, so a cancelled search keeps reading the whole catalogue.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface PartRecord {
  sku: string;
  maker: string;
  kind: 'mainspring' | 'escape wheel' | 'pallet' | 'suspension spring' | 'crutch' | 'bushing' | 'pivot';
  movement: string;
  dimensionsMm: number[];
  priceGbp: number;
}

export interface SearchOptions {
  limit: number;
  toleranceMm: number;
  signal?: AbortSignal;
}

export interface PartMatch {
  part: PartRecord;
  score: number;
}

export interface PartQuery {
  kind: PartRecord['kind'];
  movement?: string;
  maker?: string;
  dimensionsMm: number[];
}

function parseRecord(line: string): PartRecord | null {
  // Supplier catalogue, pipe separated: sku|maker|kind|movement|w x h x t|price
  const cols = line.split('|');
  if (cols.length !== 6) return null;
  const dims = cols[4].split('x').map((d) => Number(d.trim()));
  if (dims.some((d) => !Number.isFinite(d))) return null;
  return {
    sku: cols[0].trim(),
    maker: cols[1].trim(),
    kind: cols[2].trim() as PartRecord['kind'],
    movement: cols[3].trim(),
    dimensionsMm: dims,
    priceGbp: Number(cols[5]),
  };
}

function scorePart(part: PartRecord, query: PartQuery, toleranceMm: number): number | null {
  if (part.kind !== query.kind) return null;
  if (part.dimensionsMm.length !== query.dimensionsMm.length) return null;
  let error = 0;
  for (let i = 0; i < part.dimensionsMm.length; i++) {
    const diff = Math.abs(part.dimensionsMm[i] - query.dimensionsMm[i]);
    if (diff > toleranceMm) return null;
    error += diff;
  }
  let score = 100 - error * 20;
  if (query.movement && part.movement.toLowerCase() === query.movement.toLowerCase()) score += 25;
  if (query.maker && part.maker.toLowerCase().includes(query.maker.toLowerCase())) score += 10;
  return score;
}

export async function searchCatalogue(path: string, query: PartQuery, options: SearchOptions): Promise<PartMatch[]> {
  const input = createReadStream(path, { encoding: 'latin1', highWaterMark: 256 * 1024 });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const matches: PartMatch[] = [];

  for await (const line of lines) {
    if (line.startsWith('#')) continue;
    const part = parseRecord(line);
    if (!part) continue;
    const score = scorePart(part, query, options.toleranceMm);
    if (score === null) continue;
    matches.push({ part, score });
  }

  return matches.sort((a, b) => b.score - a.score || a.part.priceGbp - b.part.priceGbp).slice(0, options.limit);
}

export function describeMatch(m: PartMatch): string {
  const dims = m.part.dimensionsMm.map((d) => d.toFixed(2)).join(' × ');
  return `${m.part.sku} ${m.part.maker} ${m.part.kind} for ${m.part.movement} (${dims} mm) £${m.part.priceGbp.toFixed(2)}`;
}
