// expect: no-multiple-settle
// When the worker reports an 'abort' message the handler rejects but does not return, so it falls through and also calls resolve with an undefined report.
import { Worker } from 'node:worker_threads';

export interface CutReport {
  batchId: string;
  headMl: number;
  heartMl: number;
  tailMl: number;
  heartAbvPercent: number;
}

interface WorkerMessage {
  kind: 'progress' | 'abort' | 'report';
  batchId: string;
  vapourTempC?: number;
  reason?: string;
  report?: CutReport;
}

export interface CutRecipe {
  batchId: string;
  botanical: string;
  chargeLitres: number;
  headCutTempC: number;
  tailCutTempC: number;
}

export interface CutOptions {
  workerPath?: URL;
  onProgress?: (vapourTempC: number) => void;
}

export function runFractionCut(recipe: CutRecipe, options: CutOptions = {}): Promise<CutReport> {
  const workerPath = options.workerPath ?? new URL('./fraction-cut.worker.js', import.meta.url);

  return new Promise<CutReport>((resolve, reject) => {
    const worker = new Worker(workerPath, { workerData: recipe });
    let finished = false;

    worker.on('message', (msg: WorkerMessage) => {
      if (msg.batchId !== recipe.batchId) return;

      if (msg.kind === 'progress') {
        if (msg.vapourTempC !== undefined) options.onProgress?.(msg.vapourTempC);
        return;
      }

      if (msg.kind === 'abort') {
        finished = true;
        void worker.terminate();
        reject(new Error(`batch ${recipe.batchId} (${recipe.botanical}) aborted: ${msg.reason ?? 'no reason given'}`));
      }

      finished = true;
      resolve(msg.report as CutReport);
    });

    worker.on('error', (err) => {
      if (finished) return;
      finished = true;
      reject(err);
    });

    worker.on('exit', (code) => {
      if (!finished) {
        reject(new Error(`cut worker for ${recipe.batchId} exited with code ${code} before reporting`));
      }
    });
  });
}

export function heartYieldRatio(report: CutReport): number {
  const total = report.headMl + report.heartMl + report.tailMl;
  return total === 0 ? 0 : report.heartMl / total;
}

export async function runCampaign(recipes: CutRecipe[]): Promise<CutReport[]> {
  const reports: CutReport[] = [];
  for (const recipe of recipes) {
    reports.push(await runFractionCut(recipe));
  }
  return reports;
}
