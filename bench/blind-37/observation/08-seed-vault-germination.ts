// expect: none
// All uploads are created in a synchronous loop and joined by Promise.all right away; the early throw happens before any is started.
import { createHash } from 'node:crypto';

export interface GerminationTrial {
  accessionId: string;
  sown: number;
  germinated: number;
  daysToGermination: number[];
  temperatureC: number;
  completedOn: string;
}

interface Batch {
  batchId: string;
  trials: GerminationTrial[];
  digest: string;
}

declare const vault: {
  isAcceptingResults(): Promise<boolean>;
  uploadBatch(batch: Batch): Promise<{ batchId: string; stored: number }>;
  flagForRegeneration(accessionIds: string[]): Promise<void>;
};

const BATCH_SIZE = 25;
const REGENERATION_THRESHOLD = 0.85;

function viability(t: GerminationTrial): number {
  return t.sown === 0 ? 0 : t.germinated / t.sown;
}

function toBatches(trials: GerminationTrial[]): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < trials.length; i += BATCH_SIZE) {
    const slice = trials.slice(i, i + BATCH_SIZE);
    const digest = createHash('sha1')
      .update(slice.map((t) => `${t.accessionId}:${t.germinated}/${t.sown}`).join('|'))
      .digest('hex');
    batches.push({ batchId: `gb-${slice[0].completedOn}-${i / BATCH_SIZE}`, trials: slice, digest });
  }
  return batches;
}

export async function submitTrials(trials: GerminationTrial[]): Promise<{ stored: number; flagged: string[] }> {
  const valid = trials.filter((t) => t.germinated <= t.sown && t.sown > 0);
  if (valid.length === 0) {
    return { stored: 0, flagged: [] };
  }
  if (!(await vault.isAcceptingResults())) {
    throw new Error('seed vault database is in maintenance mode; retry after the window closes');
  }

  const uploads: Array<Promise<{ batchId: string; stored: number }>> = [];
  for (const batch of toBatches(valid)) {
    uploads.push(vault.uploadBatch(batch));
  }
  const receipts = await Promise.all(uploads);

  const flagged = valid.filter((t) => viability(t) < REGENERATION_THRESHOLD).map((t) => t.accessionId);
  if (flagged.length > 0) {
    await vault.flagForRegeneration(flagged);
  }

  return { stored: receipts.reduce((sum, r) => sum + r.stored, 0), flagged };
}

export function meanDaysToGermination(trial: GerminationTrial): number | null {
  if (trial.daysToGermination.length === 0) return null;
  const total = trial.daysToGermination.reduce((sum, d) => sum + d, 0);
  return Math.round((total / trial.daysToGermination.length) * 10) / 10;
}
