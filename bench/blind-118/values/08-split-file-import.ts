// expect: no-read-before-settle
// rows and skipped are filled by the readline 'line' handler, but loadSplits sorts and returns them synchronously right after attaching it, before any line has been read.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface SplitRow {
  bib: number;
  lane: number;
  markerMeters: 500 | 1000 | 1500 | 2000;
  elapsedMs: number;
}

export interface ImportResult {
  rows: SplitRow[];
  skipped: number;
}

const MARKERS = new Set([500, 1000, 1500, 2000]);

export function parseElapsed(text: string): number | undefined {
  const match = /^(\d+):(\d{2})\.(\d{1,3})$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = Number(match[3].padEnd(3, '0'));
  return Number(match[1]) * 60_000 + Number(match[2]) * 1000 + fraction;
}

export function parseSplit(line: string): SplitRow | undefined {
  const [bib, lane, marker, elapsed] = line.split(',').map((s) => s.trim());
  const markerMeters = Number(marker);
  const elapsedMs = elapsed === undefined ? undefined : parseElapsed(elapsed);
  if (!MARKERS.has(markerMeters) || elapsedMs === undefined) return undefined;
  return {
    bib: Number(bib),
    lane: Number(lane),
    markerMeters: markerMeters as SplitRow['markerMeters'],
    elapsedMs,
  };
}

export class SplitImporter {
  async loadSplits(file: string): Promise<ImportResult> {
    await access(file);
    let rows: SplitRow[] = [];
    let skipped = 0;
    let header = true;

    const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    rl.on('line', (line) => {
      if (header) {
        header = false;
        return;
      }
      const row = parseSplit(line);
      if (row) rows = [...rows, row];
      else skipped += 1;
    });

    rows.sort((a, b) => a.markerMeters - b.markerMeters || a.elapsedMs - b.elapsedMs);
    return { rows, skipped };
  }

  fastestAt(rows: SplitRow[], markerMeters: SplitRow['markerMeters']): SplitRow | undefined {
    return rows
      .filter((r) => r.markerMeters === markerMeters)
      .reduce<SplitRow | undefined>((best, r) => (best === undefined || r.elapsedMs < best.elapsedMs ? r : best), undefined);
  }
}
