// expect: none
// Both the file stream and the gunzip stream have error listeners routed through one settle guard, alongside 'end', so the import always settles exactly once.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

export interface BinRecord {
  binId: string;
  block: string;
  variety: string;
  pickedAt: Date;
  weightKg: number;
  picker: string;
}

export interface BlockYield {
  block: string;
  bins: number;
  totalKg: number;
  varieties: Set<string>;
}

function parseBin(line: string): BinRecord | null {
  const [binId, block, variety, pickedAt, weight, picker] = line.split(',').map((s) => s.trim());
  const weightKg = Number(weight);
  if (!binId || !block || !Number.isFinite(weightKg) || weightKg <= 0) return null;
  return { binId, block, variety, pickedAt: new Date(pickedAt), weightKg, picker };
}

export function readHarvestLog(file: string): Promise<BinRecord[]> {
  return new Promise((resolve, reject) => {
    const bins: BinRecord[] = [];
    const seen = new Set<string>();
    let tail = '';
    let settled = false;

    const source = createReadStream(file);
    const gunzip = createGunzip();

    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      source.destroy();
      gunzip.destroy();
      reject(new Error(`harvest log ${file}: ${err.message}`));
    };

    const take = (line: string) => {
      const bin = parseBin(line);
      if (bin && !seen.has(bin.binId)) {
        seen.add(bin.binId);
        bins.push(bin);
      }
    };

    source.on('error', fail);
    gunzip.on('error', fail);

    source
      .pipe(gunzip)
      .setEncoding('utf8')
      .on('data', (chunk: string) => {
        const lines = (tail + chunk).split('\n');
        tail = lines.pop() ?? '';
        lines.forEach(take);
      })
      .on('end', () => {
        if (settled) return;
        settled = true;
        if (tail) take(tail);
        resolve(bins);
      });
  });
}

export async function yieldByBlock(files: string[]): Promise<BlockYield[]> {
  const byBlock = new Map<string, BlockYield>();
  for (const file of files) {
    for (const bin of await readHarvestLog(file)) {
      const entry = byBlock.get(bin.block) ?? { block: bin.block, bins: 0, totalKg: 0, varieties: new Set<string>() };
      entry.bins++;
      entry.totalKg += bin.weightKg;
      entry.varieties.add(bin.variety);
      byBlock.set(bin.block, entry);
    }
  }
  return [...byBlock.values()].sort((a, b) => b.totalKg - a.totalKg);
}
