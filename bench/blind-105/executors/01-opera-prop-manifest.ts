// expect: none
// The scanner sees many 'line' events but settles only through a guarded finish() that detaches the line/close listeners first, and stream errors reject, so the promise settles exactly once on every outcome.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface PropRecord {
  barcode: string;
  production: string;
  bay: string;
  fragile: boolean;
}

export class ManifestParseError extends Error {
  constructor(readonly line: number, message: string) {
    super(`manifest line ${line}: ${message}`);
    this.name = 'ManifestParseError';
  }
}

function parseLine(raw: string, lineNo: number): PropRecord | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const [barcode, production, bay, flags = ''] = trimmed.split('\t');
  if (!barcode || !production || !bay) {
    throw new ManifestParseError(lineNo, 'expected at least three tab-separated columns');
  }
  return { barcode, production, bay: bay.toUpperCase(), fragile: flags.includes('F') };
}

export function readPropManifest(path: string, maxErrors = 5): Promise<PropRecord[]> {
  return new Promise<PropRecord[]>((resolve, reject) => {
    const input = createReadStream(path, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    const records: PropRecord[] = [];
    const problems: ManifestParseError[] = [];
    let lineNo = 0;
    let settled = false;

    const finish = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      rl.off('line', onLine);
      rl.off('close', onClose);
      rl.close();
      if (err) reject(err);
      else resolve(records);
    };

    const onLine = (raw: string): void => {
      lineNo += 1;
      try {
        const rec = parseLine(raw, lineNo);
        if (rec) records.push(rec);
      } catch (err) {
        problems.push(err as ManifestParseError);
        if (problems.length >= maxErrors) {
          input.destroy();
          finish(new AggregateError(problems, `${path}: too many malformed lines`));
        }
      }
    };
    const onClose = (): void => finish(null);

    rl.on('line', onLine);
    rl.on('close', onClose);
    input.on('error', (err) => finish(err));
  });
}

export function groupByBay(records: PropRecord[]): Map<string, PropRecord[]> {
  const bays = new Map<string, PropRecord[]>();
  for (const rec of records) {
    const list = bays.get(rec.bay) ?? [];
    list.push(rec);
    bays.set(rec.bay, list);
  }
  return bays;
}
