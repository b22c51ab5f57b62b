// expect: no-multiple-settle
// writePatternCard waits only for 'finish' on the write stream; a disk or permission error means the promise never settles.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface PileRow {
  index: number;
  cutWarps: number[];
  loopHeightMm: number;
}

export interface VelvetPattern {
  id: string;
  loomId: string;
  warpCount: number;
  rows: PileRow[];
}

declare const patternStore: {
  load(patternId: string): Promise<VelvetPattern>;
  markExported(patternId: string, file: string, bytes: number): Promise<void>;
};

const CARD_DIR = process.env.LOOM_CARD_DIR ?? '/var/spool/jacquard';

function encodeRow(row: PileRow, warpCount: number): string {
  const bits = new Array<string>(warpCount).fill('0');
  for (const warp of row.cutWarps) {
    if (warp >= 0 && warp < warpCount) {
      bits[warp] = '1';
    }
  }
  const height = row.loopHeightMm.toFixed(1).padStart(4, '0');
  return `${String(row.index).padStart(5, '0')};${height};${bits.join('')}\n`;
}

function validate(pattern: VelvetPattern): void {
  if (pattern.rows.length === 0) {
    throw new Error(`pattern ${pattern.id} has no rows`);
  }
  const seen = new Set<number>();
  for (const row of pattern.rows) {
    if (seen.has(row.index)) {
      throw new Error(`pattern ${pattern.id} repeats row ${row.index}`);
    }
    seen.add(row.index);
  }
}

function writePatternCard(file: string, pattern: VelvetPattern): Promise<number> {
  return new Promise<number>((resolve) => {
    const out = createWriteStream(file, { flags: 'w', encoding: 'utf8' });
    let bytes = 0;
    out.on('finish', () => resolve(bytes));

    const header = `# loom=${pattern.loomId} warps=${pattern.warpCount} rows=${pattern.rows.length}\n`;
    bytes += Buffer.byteLength(header);
    out.write(header);
    for (const row of pattern.rows) {
      const line = encodeRow(row, pattern.warpCount);
      bytes += Buffer.byteLength(line);
      out.write(line);
    }
    out.end();
  });
}

export async function exportPattern(patternId: string): Promise<string> {
  const pattern = await patternStore.load(patternId);
  validate(pattern);

  const dir = path.join(CARD_DIR, pattern.loomId);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${pattern.id}.jcd`);

  const bytes = await writePatternCard(file, pattern);
  await patternStore.markExported(pattern.id, file, bytes);
  return file;
}

export async function exportShift(patternIds: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const id of patternIds) {
    files.set(id, await exportPattern(id));
  }
  return files;
}
