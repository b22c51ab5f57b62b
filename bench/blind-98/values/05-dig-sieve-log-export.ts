// expect: none
// The counters are written inside the transform callback but only read after `await pipeline(...)` resolves, by which point every record has passed through and the totals are final.
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

export interface SieveRecord {
  bucket: string;
  grid: string;
  meshMm: number;
  microfossils: number;
  teeth: number;
}

export interface ExportTotals {
  records: number;
  skipped: number;
  teeth: number;
  microfossils: number;
}

export async function exportSieveLog(gzPath: string, csvPath: string, minMeshMm = 1): Promise<ExportTotals> {
  const totals: ExportTotals = { records: 0, skipped: 0, teeth: 0, microfossils: 0 };
  let pending = '';

  const toCsv = new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, callback) {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      let out = '';
      for (const line of lines) {
        if (!line.trim()) continue;
        let rec: SieveRecord;
        try {
          rec = JSON.parse(line) as SieveRecord;
        } catch {
          totals.skipped += 1;
          continue;
        }
        if (rec.meshMm < minMeshMm) {
          totals.skipped += 1;
          continue;
        }
        totals.records += 1;
        totals.teeth += rec.teeth;
        totals.microfossils += rec.microfossils;
        out += `${rec.bucket},${rec.grid},${rec.meshMm},${rec.microfossils},${rec.teeth}\n`;
      }
      callback(null, out);
    },
    flush(callback) {
      if (pending.trim()) totals.skipped += 1;
      callback();
    },
  });

  const out = createWriteStream(csvPath);
  out.write('bucket,grid,mesh_mm,microfossils,teeth\n');
  await pipeline(createReadStream(gzPath), createGunzip(), toCsv, out);

  return { ...totals };
}
