// expect: none
// The counters written in the 'line' handler are only read after awaiting the reader's 'close' event, by which point every line has been handled.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';

export interface ManifestTotals {
  voyageId: string;
  foot: number;
  vehicles: number;
  deckMetres: number;
  rejectedLines: number[];
}

declare const voyageDb: { confirm(totals: ManifestTotals): Promise<void> };

const MAX_DECK_METRES = 36;

export async function readManifest(voyageId: string, path: string): Promise<ManifestTotals> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  let lineNo = 0;
  let foot = 0;
  let vehicles = 0;
  let deckMetres = 0;
  const rejectedLines: number[] = [];

  rl.on('line', (line) => {
    lineNo += 1;
    if (lineNo === 1 || line.trim() === '') return; // header / trailing blank
    const [kind, lengthField] = line.split(',');
    if (kind === 'foot') {
      foot += 1;
    } else if (kind === 'car' || kind === 'van') {
      const length = Number(lengthField);
      if (!Number.isFinite(length) || length <= 0) {
        rejectedLines.push(lineNo);
        return;
      }
      vehicles += 1;
      deckMetres += length;
    } else {
      rejectedLines.push(lineNo);
    }
  });

  // readline re-emits input errors on the interface, so once() rejects if the file cannot be read.
  await once(rl, 'close');

  return { voyageId, foot, vehicles, deckMetres, rejectedLines };
}

export async function confirmVoyage(voyageId: string, path: string): Promise<ManifestTotals> {
  const totals = await readManifest(voyageId, path);
  if (totals.deckMetres > MAX_DECK_METRES) {
    throw new Error(`voyage ${voyageId}: ${totals.deckMetres.toFixed(1)}m of vehicles exceeds the ${MAX_DECK_METRES}m deck`);
  }
  if (totals.rejectedLines.length > 0) {
    throw new Error(`voyage ${voyageId}: manifest lines ${totals.rejectedLines.join(', ')} are malformed`);
  }
  await voyageDb.confirm(totals);
  return totals;
}
