// expect: none
// Every async lookup is awaited before it reaches the template string, the ?? fallback and the label object, so the printed label carries real values rather than "[object Promise]".
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OilLot {
  lot: string;
  cultivar: string;
  distilledOn: string;
  volumeMl: number;
}

export interface LabRecords {
  linaloolPct(lot: string): Promise<number | null>;
  camphorPct(lot: string): Promise<number | null>;
}

export interface Inventory {
  farmName(): Promise<string>;
  batchNotes(lot: string): Promise<string | undefined>;
}

export interface BottleLabel {
  lot: string;
  title: string;
  lines: string[];
  camphorWarning: boolean;
}

const HIGH_CAMPHOR_PCT = 1.5;

export async function buildLabel(oil: OilLot, lab: LabRecords, inventory: Inventory): Promise<BottleLabel> {
  const [farm, linalool, camphor] = await Promise.all([
    inventory.farmName(),
    lab.linaloolPct(oil.lot),
    lab.camphorPct(oil.lot),
  ]);
  const notes = (await inventory.batchNotes(oil.lot)) ?? 'Steam distilled from fresh flowering tops.';

  const lines = [
    `${oil.cultivar} — ${oil.volumeMl} ml`,
    `Distilled ${oil.distilledOn} at ${farm}`,
    `Linalool ${linalool === null ? 'n/a' : `${linalool.toFixed(1)}%`}`,
    notes,
  ];

  return {
    lot: oil.lot,
    title: `${farm} Lavender Oil`,
    lines,
    camphorWarning: camphor !== null && camphor > HIGH_CAMPHOR_PCT,
  };
}

export async function writeLabelFile(outDir: string, oil: OilLot, lab: LabRecords, inventory: Inventory): Promise<string> {
  const label = await buildLabel(oil, lab, inventory);
  const body = [label.title, ...label.lines, label.camphorWarning ? 'Not for use on children under 6.' : '']
    .filter(Boolean)
    .join('\n');
  const file = path.join(outDir, `${label.lot}.txt`);
  await writeFile(file, `${body}\n`, 'utf8');
  return file;
}
