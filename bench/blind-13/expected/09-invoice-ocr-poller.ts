// expect: no-reused-settled-promise
// The status request is started once outside the poll loop, so every iteration re-reads the same first response and the job never appears to finish.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

type JobState = 'queued' | 'processing' | 'succeeded' | 'failed';

interface OcrJobStatus {
  jobId: string;
  state: JobState;
  progress: number;
  error?: string;
}

export interface InvoiceFields {
  vendor: string;
  invoiceNumber: string;
  totalCents: number;
  currency: string;
  dueDate?: string;
}

declare const ocrApi: {
  submit(fileName: string, body: Uint8Array, hints: { documentType: 'invoice' }): Promise<{ jobId: string }>;
  getStatus(jobId: string): Promise<OcrJobStatus>;
  getResult(jobId: string): Promise<Record<string, string>>;
};

function toFields(raw: Record<string, string>): InvoiceFields {
  const total = Number(raw.total?.replace(/[^\d.]/g, '') ?? NaN);
  if (!raw.vendor || !raw.invoice_number || Number.isNaN(total)) {
    throw new Error('OCR result is missing required invoice fields');
  }
  return {
    vendor: raw.vendor.trim(),
    invoiceNumber: raw.invoice_number.trim(),
    totalCents: Math.round(total * 100),
    currency: raw.currency ?? 'EUR',
    dueDate: raw.due_date,
  };
}

export async function extractInvoice(
  filePath: string,
  { pollMs = 2_000, timeoutMs = 120_000, onProgress }: { pollMs?: number; timeoutMs?: number; onProgress?: (p: number) => void } = {},
): Promise<InvoiceFields> {
  const body = await readFile(filePath);
  const { jobId } = await ocrApi.submit(basename(filePath), body, { documentType: 'invoice' });

  const deadline = Date.now() + timeoutMs;
  const statusRequest = ocrApi.getStatus(jobId);

  while (Date.now() < deadline) {
    const status = await statusRequest;
    onProgress?.(status.progress);

    if (status.state === 'succeeded') {
      return toFields(await ocrApi.getResult(jobId));
    }
    if (status.state === 'failed') {
      throw new Error(`OCR job ${jobId} failed: ${status.error ?? 'unknown error'}`);
    }
    await sleep(pollMs);
  }

  throw new Error(`OCR job ${jobId} did not finish within ${timeoutMs / 1000}s`);
}

export async function extractBatch(paths: string[], concurrency = 3): Promise<Map<string, InvoiceFields | Error>> {
  const results = new Map<string, InvoiceFields | Error>();
  const pending = [...paths];
  const workers = Array.from({ length: concurrency }, async () => {
    for (let p = pending.shift(); p !== undefined; p = pending.shift()) {
      results.set(p, await extractInvoice(p).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
    }
  });
  await Promise.all(workers);
  return results;
}
