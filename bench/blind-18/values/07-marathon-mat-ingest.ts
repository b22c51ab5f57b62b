// expect: no-read-before-settle
// importMat() reads `firmware` right after starting execFile, but it is only assigned in execFile's callback, so the check always sees ''.
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';

export interface ChipRead {
  bib: number;
  chipId: string;
  matId: string;
  gunOffsetMs: number;
}

export interface MatImport {
  matId: string;
  firmware: string;
  reads: ChipRead[];
  rejected: number;
}

const READER_TOOL = process.env.MAT_READER_TOOL ?? '/opt/racetiming/bin/matctl';
const MIN_FIRMWARE = [4, 2];

function firmwareAtLeast(version: string, min: number[]): boolean {
  const parts = version.split('.').map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < min.length; i++) {
    const v = parts[i] ?? 0;
    if (v !== min[i]) return v > min[i];
  }
  return true;
}

function parseLine(line: string, matId: string): ChipRead | null {
  const [bib, chipId, offset] = line.trim().split(',');
  const bibNo = Number(bib);
  const gunOffsetMs = Number(offset);
  if (!chipId || !Number.isInteger(bibNo) || !Number.isFinite(gunOffsetMs)) return null;
  return { bib: bibNo, chipId, matId, gunOffsetMs };
}

export async function importMat(exportFile: string, chipToBib: Map<string, number>): Promise<MatImport> {
  const matId = path.basename(exportFile, '.csv');
  let firmware = '';

  execFile(READER_TOOL, ['info', '--mat', matId, '--field', 'firmware'], (err, stdout) => {
    if (err) return;
    firmware = stdout.trim();
  });

  if (!firmwareAtLeast(firmware, MIN_FIRMWARE)) {
    throw new Error(`mat ${matId} runs firmware ${firmware || 'unknown'}; offsets before 4.2 are unreliable`);
  }

  const reads: ChipRead[] = [];
  let rejected = 0;
  const rl = createInterface({ input: createReadStream(exportFile), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line || line.startsWith('#')) continue;
    const read = parseLine(line, matId);
    if (!read || chipToBib.get(read.chipId) !== read.bib) {
      rejected++;
      continue;
    }
    reads.push(read);
  }

  return { matId, firmware, reads, rejected };
}

export function fastestSplit(imports: MatImport[], bib: number): number | undefined {
  let best: number | undefined;
  for (const imp of imports) {
    for (const r of imp.reads) {
      if (r.bib === bib && (best === undefined || r.gunOffsetMs < best)) best = r.gunOffsetMs;
    }
  }
  return best;
}
