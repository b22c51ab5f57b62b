// expect: none
// The catalogue lookup settles exactly once: on the matching line, on close when no lot matched, or on a read error, and a shared guard detaches everything after the first outcome.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface CatalogueLot {
  lotNumber: string;
  garden: string;
  grade: string;
  chests: number;
  netKgPerChest: number;
  valuationPerKg: number;
}

const LOT_LINE = /^\d{3,5}$/;

export function parseLotLine(line: string): CatalogueLot | null {
  const cells = line.split('|').map((cell) => cell.trim());
  if (cells.length < 6 || !LOT_LINE.test(cells[0])) return null;
  const chests = Number(cells[3]);
  const netKgPerChest = Number(cells[4]);
  const valuationPerKg = Number(cells[5]);
  if (![chests, netKgPerChest, valuationPerKg].every(Number.isFinite)) return null;
  return { lotNumber: cells[0], garden: cells[1], grade: cells[2], chests, netKgPerChest, valuationPerKg };
}

export function lotValuation(lot: CatalogueLot): number {
  return Math.round(lot.chests * lot.netKgPerChest * lot.valuationPerKg * 100) / 100;
}

export function findLot(cataloguePath: string, lotNumber: string): Promise<CatalogueLot | null> {
  return new Promise((resolve, reject) => {
    const input = createReadStream(cataloguePath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let finished = false;

    const finish = (lot: CatalogueLot | null, err?: Error) => {
      if (finished) return;
      finished = true;
      rl.off('line', onLine);
      rl.off('close', onClose);
      input.off('error', onError);
      rl.close();
      input.destroy();
      if (err) reject(err);
      else resolve(lot);
    };

    const onLine = (line: string) => {
      const lot = parseLotLine(line);
      if (lot !== null && lot.lotNumber === lotNumber) finish(lot);
    };
    const onClose = () => finish(null);
    const onError = (err: Error) => finish(null, err);

    rl.on('line', onLine);
    rl.on('close', onClose);
    input.on('error', onError);
  });
}

export async function buildLotCard(cataloguePath: string, lotNumber: string): Promise<string> {
  const lot = await findLot(cataloguePath, lotNumber);
  if (lot === null) {
    return `Lot ${lotNumber}: withdrawn or not in this sale`;
  }
  const kg = lot.chests * lot.netKgPerChest;
  return [
    `Lot ${lot.lotNumber} — ${lot.garden} (${lot.grade})`,
    `${lot.chests} chests × ${lot.netKgPerChest} kg = ${kg} kg`,
    `Broker valuation: ${lotValuation(lot).toFixed(2)}`,
  ].join('\n');
}
