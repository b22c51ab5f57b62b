// expect: none
// The one-shot worker settles the promise from 'message', 'error' or 'exit', guarded by a flag, so a crash or a silent exit rejects instead of hanging, and a second message cannot overwrite the first result.
import { Worker } from 'node:worker_threads';

export interface ReportRequest {
  tenantId: string;
  month: string;
  currency: 'EUR' | 'USD' | 'GBP';
}
export interface ReportSummary {
  rows: number;
  totalCents: number;
  outputPath: string;
}

type WorkerReply = { kind: 'done'; summary: ReportSummary } | { kind: 'failed'; message: string };

export function buildMonthlyReport(req: ReportRequest, workerFile: string): Promise<ReportSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: req });
    let settled = false;

    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };

    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'done') {
        settle(() => resolve(reply.summary));
      } else {
        settle(() => reject(new Error(`report ${req.tenantId}/${req.month}: ${reply.message}`)));
      }
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => {
      settle(() => reject(new Error(`report worker for ${req.tenantId} exited with code ${code} before replying`)));
    });
  });
}

export async function buildQuarter(tenantId: string, months: string[], workerFile: string): Promise<number> {
  let total = 0;
  for (const month of months) {
    const summary = await buildMonthlyReport({ tenantId, month, currency: 'EUR' }, workerFile);
    console.log(`[reports] ${tenantId} ${month}: ${summary.rows} rows -> ${summary.outputPath}`);
    total += summary.totalCents;
  }
  return total;
}
