// expect: no-reused-settled-promise
// printWithRetry starts labeler.print(job) once and re-awaits that same rejected promise on each retry instead of printing again.
import { setTimeout as sleep } from "node:timers/promises";

export interface JarBatch {
  batchId: string;
  jars: number;
  setPointC: number;
  pectinGrams: number;
  cookedAt: Date;
}

export interface LabelJob {
  batchId: string;
  copies: number;
  lines: string[];
}

export interface PrintReceipt {
  jobId: string;
  printed: number;
}

declare const labeler: {
  print(job: LabelJob): Promise<PrintReceipt>;
};

declare const kitchenLog: {
  warn(message: string): void;
  info(message: string): void;
};

const BEST_BEFORE_MONTHS = 18;

function bestBefore(cookedAt: Date): string {
  const d = new Date(cookedAt);
  d.setMonth(d.getMonth() + BEST_BEFORE_MONTHS);
  return d.toISOString().slice(0, 10);
}

function buildLabel(batch: JarBatch): LabelJob {
  const set = batch.setPointC >= 104.5 ? "firm set" : "soft set";
  return {
    batchId: batch.batchId,
    copies: batch.jars,
    lines: [
      "Quince Jelly",
      `Batch ${batch.batchId} - ${set}`,
      `Best before ${bestBefore(batch.cookedAt)}`,
      "Ingredients: quince, sugar, lemon, pectin",
    ],
  };
}

async function printWithRetry(job: LabelJob, attempts = 3): Promise<PrintReceipt> {
  const pending = labeler.print(job);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      const receipt = await pending;
      if (receipt.printed < job.copies) {
        kitchenLog.warn(`batch ${job.batchId}: only ${receipt.printed}/${job.copies} labels printed`);
      }
      return receipt;
    } catch (err) {
      lastError = err;
      kitchenLog.warn(`label printer attempt ${attempt} failed: ${(err as Error).message}`);
      await sleep(500 * attempt);
    }
  }
  throw lastError;
}

export async function labelBatches(batches: JarBatch[]): Promise<Map<string, PrintReceipt>> {
  const receipts = new Map<string, PrintReceipt>();
  const ready = batches
    .filter((b) => b.jars > 0)
    .sort((a, b) => a.cookedAt.getTime() - b.cookedAt.getTime());

  for (const batch of ready) {
    if (batch.pectinGrams <= 0 && batch.setPointC < 104) {
      kitchenLog.warn(`batch ${batch.batchId} may not set; holding labels`);
      continue;
    }
    const receipt = await printWithRetry(buildLabel(batch));
    receipts.set(batch.batchId, receipt);
  }
  kitchenLog.info(`labelled ${receipts.size} of ${batches.length} batches`);
  return receipts;
}
