// expect: none
// The lab grade is awaited before it is interpolated into the label text and the log line, so the printed label carries the real grade.
import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface CaneBatch {
  id: string;
  origin: string;
  harvestYear: number;
  diameterMm: number;
  wallMm: number;
}

export interface Grade {
  letter: 'A' | 'B' | 'C' | 'reject';
  density: number;
  notes: string;
}

export interface ReedLab {
  grade(batchId: string): Promise<Grade>;
}

function shelfFor(grade: Grade, batch: CaneBatch): string {
  if (grade.letter === 'reject') return 'RETURN';
  const drone = batch.diameterMm >= 10.5;
  return `${drone ? 'DRONE' : 'CHANTER'}-${grade.letter}`;
}

export async function labelBatch(lab: ReedLab, batch: CaneBatch, labelDir: string): Promise<string> {
  const grade = await lab.grade(batch.id);
  const shelf = shelfFor(grade, batch);

  const label = [
    `Batch ${batch.id} — ${batch.origin} ${batch.harvestYear}`,
    `Gauge ${batch.diameterMm.toFixed(1)} mm / wall ${batch.wallMm.toFixed(2)} mm`,
    `Grade ${grade.letter} (density ${grade.density.toFixed(2)})`,
    `Humidor shelf: ${shelf}`,
    grade.notes ? `Notes: ${grade.notes}` : '',
  ]
    .filter(Boolean)
    .join('\n');

  await mkdir(labelDir, { recursive: true });
  const file = join(labelDir, `${batch.id}.txt`);
  await writeFile(file, label + '\n', 'utf8');
  console.log(`labelled ${batch.id}: grade ${grade.letter} -> ${shelf}`);
  return file;
}

export async function labelDelivery(lab: ReedLab, batches: CaneBatch[], labelDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const batch of batches) {
    files.set(batch.id, await labelBatch(lab, batch, labelDir));
  }
  return files;
}

export function wallRatio(batch: CaneBatch): number {
  return Math.round((batch.wallMm / batch.diameterMm) * 1000) / 1000;
}
