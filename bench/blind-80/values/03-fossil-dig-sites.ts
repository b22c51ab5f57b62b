// expect: no-read-before-settle
// The summary (finds.length and per-layer counts) is built synchronously right after the 'line' listener is attached, before any line has been read, so it always reports zero finds.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface FindRecord {
  siteId: string;
  trench: string;
  layer: string;
  depthCm: number;
  kind: 'bone' | 'tooth' | 'shell' | 'plant' | 'trace';
  catalogueNo: string;
}

export interface ImportSummary {
  siteId: string;
  total: number;
  byLayer: Record<string, number>;
  rejectedLines: number[];
}

declare const findsRegistry: {
  saveFinds(siteId: string, finds: FindRecord[]): Promise<void>;
  recordImport(summary: ImportSummary): Promise<void>;
};

const KINDS = new Set<FindRecord['kind']>(['bone', 'tooth', 'shell', 'plant', 'trace']);

function parseLine(siteId: string, line: string): FindRecord | null {
  const [trench, layer, depth, kind, catalogueNo] = line.split('\t').map((c) => c.trim());
  const depthCm = Number(depth);
  if (!trench || !layer || !catalogueNo || !Number.isFinite(depthCm)) return null;
  if (!KINDS.has(kind as FindRecord['kind'])) return null;
  return { siteId, trench, layer, depthCm, kind: kind as FindRecord['kind'], catalogueNo };
}

function countByLayer(finds: FindRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of finds) counts[f.layer] = (counts[f.layer] ?? 0) + 1;
  return counts;
}

export async function importFieldLog(path: string, siteId: string): Promise<ImportSummary> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  const finds: FindRecord[] = [];
  const rejectedLines: number[] = [];
  let lineNo = 0;

  rl.on('line', (line) => {
    lineNo++;
    if (lineNo === 1 || line.startsWith('#') || line.trim() === '') return; // header and notes
    const record = parseLine(siteId, line);
    if (record) finds.push(record);
    else rejectedLines.push(lineNo);
  });
  const closed = once(rl, 'close');

  const summary: ImportSummary = {
    siteId,
    total: finds.length,
    byLayer: countByLayer(finds),
    rejectedLines,
  };

  await closed;
  if (rejectedLines.length > finds.length) {
    throw new Error(`${path}: ${rejectedLines.length} unreadable lines, is this a field log?`);
  }
  await findsRegistry.saveFinds(siteId, finds);
  await findsRegistry.recordImport(summary);
  return summary;
}
