// expect: no-swallowed-abort
// When the job is cancelled, pipeline rejects with AbortError, but export() rethrows it as a plain ExportFailedError, so runExport() marks a cancelled export as failed and pages on-call instead of recording a cancellation.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

interface OrderRow {
  id: string;
  placedAt: Date;
  customerEmail: string;
  totalCents: number;
  currency: string;
}

declare const warehouse: {
  streamOrders(query: { from: Date; to: Date }, opts: { signal?: AbortSignal }): Readable;
};
declare const alerts: { page(summary: string, details?: unknown): Promise<void> };
declare const exportJobs: {
  markCancelled(id: string): Promise<void>;
  markFailed(id: string, reason: string): Promise<void>;
  markDone(id: string, path: string): Promise<void>;
};

export class ExportFailedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ExportFailedError';
  }
}

function toCsvLine(row: OrderRow): string {
  const cells = [row.id, row.placedAt.toISOString(), row.customerEmail, (row.totalCents / 100).toFixed(2), row.currency];
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\n';
}

export class OrderCsvExporter {
  constructor(private readonly outDir: string) {}

  async export(jobId: string, from: Date, to: Date, signal: AbortSignal): Promise<string> {
    const target = `${this.outDir}/orders-${jobId}.csv.gz`;
    const toCsv = new Transform({
      writableObjectMode: true,
      transform(row: OrderRow, _enc, cb) {
        cb(null, toCsvLine(row));
      },
    });
    try {
      await pipeline(warehouse.streamOrders({ from, to }, { signal }), toCsv, createGzip(), createWriteStream(target), { signal });
      return target;
    } catch (err) {
      await rm(target, { force: true });
      throw new ExportFailedError(`order export ${jobId} failed`, { cause: err });
    }
  }
}

export async function runExport(exporter: OrderCsvExporter, jobId: string, from: Date, to: Date, signal: AbortSignal): Promise<void> {
  try {
    const path = await exporter.export(jobId, from, to, signal);
    await exportJobs.markDone(jobId, path);
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      await exportJobs.markCancelled(jobId);
      throw err;
    }
    await exportJobs.markFailed(jobId, String(err));
    await alerts.page(`Order export ${jobId} failed`, err);
    throw err;
  }
}
