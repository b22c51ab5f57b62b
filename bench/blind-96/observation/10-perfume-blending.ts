// expect: none
// The Promise.allSettled results are split by status, rejected batches are reported with their reasons and the run fails when any batch failed, so no rejection is silently counted as a success.
import { readFile, writeFile } from 'node:fs/promises';

export interface Batch {
  id: string;
  accord: string;
  litres: number;
  ingredients: Record<string, number>;
}

export interface Macerator {
  macerate(batch: Batch): Promise<{ batchId: string; daysAged: number; clarity: number }>;
}

export interface BatchFailure {
  batchId: string;
  reason: string;
}

export interface BlendRunSummary {
  succeeded: string[];
  failed: BatchFailure[];
}

function checkRatios(batch: Batch): void {
  const total = Object.values(batch.ingredients).reduce((a, b) => a + b, 0);
  if (Math.abs(total - 100) > 0.01) {
    throw new Error(`batch ${batch.id}: ingredient percentages add up to ${total.toFixed(2)}`);
  }
}

export async function runBlendingDay(macerator: Macerator, planFile: string, reportFile: string): Promise<BlendRunSummary> {
  const batches = JSON.parse(await readFile(planFile, 'utf8')) as Batch[];

  const results = await Promise.allSettled(
    batches.map(async (batch) => {
      checkRatios(batch);
      return macerator.macerate(batch);
    }),
  );

  const summary: BlendRunSummary = { succeeded: [], failed: [] };
  results.forEach((result, i) => {
    const batchId = batches[i]!.id;
    if (result.status === 'fulfilled') {
      if (result.value.clarity < 0.9) {
        summary.failed.push({ batchId, reason: `cloudy after ${result.value.daysAged} days` });
      } else {
        summary.succeeded.push(batchId);
      }
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      summary.failed.push({ batchId, reason });
    }
  });

  await writeFile(reportFile, JSON.stringify(summary, null, 2), 'utf8');
  if (summary.failed.length > 0) {
    throw new AggregateError(
      summary.failed.map((f) => new Error(`${f.batchId}: ${f.reason}`)),
      `${summary.failed.length} of ${batches.length} batches failed`,
    );
  }
  return summary;
}
