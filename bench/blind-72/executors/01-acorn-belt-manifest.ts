// expect: no-multiple-settle
// The write-stream promise in writeManifest listens only for 'finish', so a disk error (ENOSPC, EACCES) on the .partial file leaves it pending forever.
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';

export type AcornGrade = 'A' | 'B' | 'C' | 'reject';

export interface SortedBatch {
  beltId: string;
  grade: AcornGrade;
  count: number;
  meanMassGrams: number;
  startedAt: Date;
  finishedAt: Date;
}

export interface ManifestOptions {
  outDir: string;
  shiftId: string;
  includeRejects?: boolean;
}

export interface GradeSummary {
  grade: AcornGrade;
  batches: number;
  acorns: number;
  meanMassGrams: number;
}

declare const beltRegistry: {
  describe(beltId: string): { line: string; sorterModel: string } | undefined;
};

const HEADER = 'belt,line,model,grade,count,mean_mass_g,duration_s';

function csvEscape(value: string | number): string {
  const s = String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toRow(batch: SortedBatch): string {
  const meta = beltRegistry.describe(batch.beltId);
  const seconds = Math.round((batch.finishedAt.getTime() - batch.startedAt.getTime()) / 1000);
  return [
    batch.beltId,
    meta?.line ?? 'unknown',
    meta?.sorterModel ?? 'unknown',
    batch.grade,
    batch.count,
    batch.meanMassGrams.toFixed(2),
    seconds,
  ]
    .map(csvEscape)
    .join(',');
}

export function summarizeByGrade(batches: readonly SortedBatch[]): GradeSummary[] {
  const byGrade = new Map<AcornGrade, { batches: number; acorns: number; massTotal: number }>();
  for (const batch of batches) {
    const entry = byGrade.get(batch.grade) ?? { batches: 0, acorns: 0, massTotal: 0 };
    entry.batches += 1;
    entry.acorns += batch.count;
    entry.massTotal += batch.meanMassGrams * batch.count;
    byGrade.set(batch.grade, entry);
  }
  return [...byGrade.entries()]
    .map(([grade, e]) => ({
      grade,
      batches: e.batches,
      acorns: e.acorns,
      meanMassGrams: e.acorns === 0 ? 0 : e.massTotal / e.acorns,
    }))
    .sort((a, b) => a.grade.localeCompare(b.grade));
}

export async function writeManifest(
  batches: readonly SortedBatch[],
  options: ManifestOptions,
): Promise<string> {
  await mkdir(options.outDir, { recursive: true });
  const finalPath = path.join(options.outDir, `manifest-${options.shiftId}.csv`);
  const tempPath = `${finalPath}.partial`;

  const rows = batches
    .filter((b) => options.includeRejects || b.grade !== 'reject')
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .map(toRow);

  const out = createWriteStream(tempPath, { encoding: 'utf8' });

  await new Promise<void>((resolve) => {
    out.once('finish', resolve);
    out.write(`${HEADER}\n`);
    for (const row of rows) {
      out.write(`${row}\n`);
    }
    out.end();
  });

  await rename(tempPath, finalPath);
  return finalPath;
}

export async function writeShiftOutputs(
  batches: readonly SortedBatch[],
  options: ManifestOptions,
): Promise<{ manifest: string; summary: GradeSummary[] }> {
  const manifest = await writeManifest(batches, options);
  return { manifest, summary: summarizeByGrade(batches) };
}
