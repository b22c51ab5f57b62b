// expect: no-reused-settled-promise
// The status request is made once before the loop, so every iteration re-reads the same already-resolved QUEUED/RUNNING snapshot; the export never looks finished and the loop spins until the 10-minute deadline even though the job completed long before.
import { setTimeout as sleep } from 'node:timers/promises';

type ExportState = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

interface ExportStatus {
  state: ExportState;
  rowsWritten: number;
  downloadUrl?: string;
  error?: string;
}

declare const analytics: {
  startExport(input: { sql: string; format: 'csv' | 'parquet'; compression?: 'gzip' | 'snappy' }): Promise<{ exportId: string }>;
  getExportStatus(exportId: string): Promise<ExportStatus>;
};

export interface ExportOptions {
  format?: 'csv' | 'parquet';
  pollMs?: number;
  timeoutMs?: number;
  onProgress?: (rowsWritten: number) => void;
}

export async function runExport(sql: string, opts: ExportOptions = {}): Promise<string> {
  const { format = 'parquet', pollMs = 3_000, timeoutMs = 10 * 60_000, onProgress } = opts;
  const { exportId } = await analytics.startExport({
    sql,
    format,
    compression: format === 'csv' ? 'gzip' : 'snappy',
  });

  const deadline = Date.now() + timeoutMs;
  const statusCheck = analytics.getExportStatus(exportId);
  let lastRows = -1;

  while (Date.now() < deadline) {
    const status = await statusCheck;
    if (status.rowsWritten !== lastRows) {
      lastRows = status.rowsWritten;
      onProgress?.(lastRows);
    }
    if (status.state === 'SUCCEEDED') {
      if (!status.downloadUrl) throw new Error(`export ${exportId} succeeded without a download URL`);
      return status.downloadUrl;
    }
    if (status.state === 'FAILED') {
      throw new Error(`export ${exportId} failed: ${status.error ?? 'unknown error'}`);
    }
    await sleep(pollMs);
  }
  throw new Error(`export ${exportId} did not finish within ${Math.round(timeoutMs / 1000)}s`);
}

export async function exportWeeklyRevenue(): Promise<void> {
  const url = await runExport(
    `select date_trunc('week', paid_at) as week, currency, sum(amount_cents) as revenue
       from payments where status = 'captured' group by 1, 2 order by 1`,
    { format: 'csv', onProgress: (rows) => console.log(`exported ${rows.toLocaleString()} rows`) },
  );
  console.log(`revenue export ready: ${url}`);
}
