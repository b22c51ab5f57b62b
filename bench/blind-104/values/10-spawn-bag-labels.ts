// expect: none
// Each async check is awaited before it feeds the if-condition, the === comparison, the label template and the record object, so the labels and the lab record hold real results rather than pending promises.
import { appendFile } from 'node:fs/promises';

export interface SpawnBag {
  bagId: string;
  strain: string;
  substrate: 'rye' | 'millet' | 'oat';
  generation: number;
}

export interface LabBench {
  contaminated(bagId: string): Promise<boolean>;
  colonisationPct(bagId: string): Promise<number>;
  parentStrain(bagId: string): Promise<string>;
}

export interface LabelPrinter {
  print(text: string): Promise<void>;
}

export interface BagRecord {
  bagId: string;
  status: 'discarded' | 'incubating' | 'ready';
  colonisedPct: number;
  strainVerified: boolean;
}

export async function labelBag(bench: LabBench, printer: LabelPrinter, bag: SpawnBag, logFile: string): Promise<BagRecord> {
  if (await bench.contaminated(bag.bagId)) {
    const record: BagRecord = { bagId: bag.bagId, status: 'discarded', colonisedPct: 0, strainVerified: false };
    await appendFile(logFile, `${JSON.stringify(record)}\n`);
    await printer.print(`${bag.bagId} DISCARD — contamination`);
    return record;
  }

  const [pct, parent] = await Promise.all([bench.colonisationPct(bag.bagId), bench.parentStrain(bag.bagId)]);
  const strainVerified = parent === bag.strain;

  const record: BagRecord = {
    bagId: bag.bagId,
    status: pct >= 95 ? 'ready' : 'incubating',
    colonisedPct: pct,
    strainVerified,
  };

  await printer.print(
    `${bag.bagId} ${bag.strain} G${bag.generation} on ${bag.substrate} — ${pct.toFixed(0)}% colonised` +
      (strainVerified ? '' : ` (lineage says ${parent}!)`),
  );
  await appendFile(logFile, `${JSON.stringify(record)}\n`);
  return record;
}

export async function labelShelf(bench: LabBench, printer: LabelPrinter, bags: SpawnBag[], logFile: string) {
  const records: BagRecord[] = [];
  for (const bag of bags) records.push(await labelBag(bench, printer, bag, logFile));
  return {
    ready: records.filter((r) => r.status === 'ready').length,
    discarded: records.filter((r) => r.status === 'discarded').length,
    mislabelled: records.filter((r) => r.status !== 'discarded' && !r.strainVerified).map((r) => r.bagId),
  };
}
