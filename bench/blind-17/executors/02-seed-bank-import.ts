// expect: no-multiple-settle
// The executor only listens for 'data' and 'end'; a missing file or corrupt gzip emits 'error' on the stream and the promise never settles.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export interface Accession {
  accessionId: string;
  genus: string;
  species: string;
  collectedOn: string;
  seedCount: number;
  vault: string;
}

export interface ImportResult {
  accessions: Accession[];
  rejected: { line: number; reason: string }[];
}

const HEADER = ['accession_id', 'genus', 'species', 'collected_on', 'seed_count', 'vault'];

function parseRow(cells: string[]): Accession | string {
  if (cells.length !== HEADER.length) return `expected ${HEADER.length} columns, got ${cells.length}`;
  const [accessionId, genus, species, collectedOn, seedCountRaw, vault] = cells.map((c) => c.trim());
  const seedCount = Number.parseInt(seedCountRaw, 10);
  if (!/^[A-Z]{3}-\d{6}$/.test(accessionId)) return `bad accession id "${accessionId}"`;
  if (!Number.isFinite(seedCount) || seedCount < 0) return `bad seed count "${seedCountRaw}"`;
  if (Number.isNaN(Date.parse(collectedOn))) return `bad collection date "${collectedOn}"`;
  return { accessionId, genus, species, collectedOn, seedCount, vault };
}

export function importCatalogueExport(file: string): Promise<ImportResult> {
  return new Promise((resolve) => {
    const accessions: Accession[] = [];
    const rejected: ImportResult['rejected'] = [];
    let tail = '';
    let lineNo = 0;

    const handleLine = (line: string) => {
      lineNo++;
      if (lineNo === 1 || line.trim() === '') return; // header / blank
      const result = parseRow(line.split('\t'));
      if (typeof result === 'string') {
        rejected.push({ line: lineNo, reason: result });
      } else {
        accessions.push(result);
      }
    };

    createReadStream(file)
      .pipe(createGunzip())
      .setEncoding('utf8')
      .on('data', (chunk: string) => {
        const lines = (tail + chunk).split('\n');
        tail = lines.pop() ?? '';
        lines.forEach(handleLine);
      })
      .on('end', () => {
        if (tail) handleLine(tail);
        resolve({ accessions, rejected });
      });
  });
}

export async function summariseByVault(file: string): Promise<Map<string, number>> {
  const { accessions, rejected } = await importCatalogueExport(file);
  if (rejected.length > 0) {
    console.warn(`[seedbank] ${rejected.length} row(s) rejected in ${file}`);
  }
  const totals = new Map<string, number>();
  for (const a of accessions) {
    totals.set(a.vault, (totals.get(a.vault) ?? 0) + a.seedCount);
  }
  return totals;
}
