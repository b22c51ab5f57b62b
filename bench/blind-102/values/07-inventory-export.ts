// expect: none
// rowCount and skipped are written inside the Transform's callbacks, but they are only read after `await pipeline(...)` has resolved, when every chunk has been transformed and flushed, so the export summary is complete.
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ExportSummary {
  source: string;
  target: string;
  rows: number;
  skipped: number;
}

const HEADER = 'accession,species,seeds,moisture_pct,vault';

function normalise(line: string): string | null {
  const cols = line.split(',').map((c) => c.trim());
  if (cols.length !== 5) return null;
  const [accession, species, seeds, moisture, vault] = cols;
  if (!/^[A-Z]{2,4}-\d+$/.test(accession)) return null;
  const seedCount = Number.parseInt(seeds, 10);
  if (!Number.isFinite(seedCount)) return null;
  return [accession, species.toLowerCase(), seedCount, Number(moisture).toFixed(1), vault.toUpperCase()].join(',');
}

export async function exportInventory(source: string, target: string): Promise<ExportSummary> {
  let rowCount = 0;
  let skipped = 0;
  let carry = '';
  let headerSeen = false;

  const clean = new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
      const lines = (carry + chunk.toString('utf8')).split(/\r?\n/);
      carry = lines.pop() ?? '';
      const out: string[] = [];
      for (const line of lines) {
        if (!headerSeen) {
          headerSeen = true;
          out.push(HEADER);
          continue;
        }
        const row = normalise(line);
        if (row) {
          out.push(row);
          rowCount++;
        } else if (line.trim()) {
          skipped++;
        }
      }
      cb(null, out.length ? out.join('\n') + '\n' : undefined);
    },
    flush(cb: TransformCallback) {
      const row = carry.trim() ? normalise(carry) : null;
      if (row) rowCount++;
      else if (carry.trim()) skipped++;
      cb(null, row ? row + '\n' : undefined);
    },
  });

  await pipeline(createReadStream(source), clean, createWriteStream(target));

  return { source, target, rows: rowCount, skipped };
}
