// expect: no-swallowed-abort
// When the operator cancels, the AbortError from fetch/pipeline is turned into an ordinary per-invoice failure result, so the loop keeps going (a token fetch per remaining invoice) and exportInvoices resolves as a normal "finished with failures" batch instead of rejecting with the cancellation.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface ExportResult {
  invoiceId: string;
  ok: boolean;
  path?: string;
  error?: string;
}

declare const billingApi: {
  baseUrl: string;
  token(): Promise<string>;
};

async function downloadInvoicePdf(invoiceId: string, dir: string, signal: AbortSignal): Promise<ExportResult> {
  const dest = join(dir, `${invoiceId}.pdf`);
  try {
    const res = await fetch(`${billingApi.baseUrl}/invoices/${encodeURIComponent(invoiceId)}/pdf`, {
      headers: { authorization: `Bearer ${await billingApi.token()}` },
      signal,
    });
    if (!res.ok || !res.body) {
      return { invoiceId, ok: false, error: `HTTP ${res.status}` };
    }
    await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(dest), {
      signal,
    });
    return { invoiceId, ok: true, path: dest };
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { invoiceId, ok: false, error: message };
  }
}

export async function exportInvoices(
  invoiceIds: readonly string[],
  outDir: string,
  signal: AbortSignal,
  onProgress?: (done: number, total: number) => void,
): Promise<ExportResult[]> {
  await mkdir(outDir, { recursive: true });
  const results: ExportResult[] = [];
  for (const id of invoiceIds) {
    const result = await downloadInvoicePdf(id, outDir, signal);
    results.push(result);
    if (!result.ok) console.error(`invoice ${id} failed: ${result.error}`);
    onProgress?.(results.length, invoiceIds.length);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.info(`export finished: ${results.length - failed} ok, ${failed} failed`);
  return results;
}
