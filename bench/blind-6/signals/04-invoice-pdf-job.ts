// expect: none
// The signal goes to every call that accepts one (readFile, the renderer, writeFile) and is checked with throwIfAborted() before each step that cannot take a signal, so cancellation is honoured throughout.
import { readFile, stat, writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

interface InvoiceRow {
  id: string;
  customer: string;
  lines: { description: string; qty: number; unitCents: number }[];
}

declare const invoicesDb: {
  /** Plain pg query wrapper; no cancellation support. */
  findById(id: string): Promise<InvoiceRow | null>;
  markRendered(id: string, path: string): Promise<void>;
};

declare const pdfRenderer: {
  render(html: string, opts: { format: 'A4' | 'Letter'; signal?: AbortSignal }): Promise<Uint8Array>;
};

export interface RenderJob {
  invoiceId: string;
  outDir: string;
  templatePath: string;
}

export async function renderInvoicePdf(job: RenderJob, signal: AbortSignal): Promise<string> {
  const outPath = join(job.outDir, `${job.invoiceId}.pdf`);

  const existing = await stat(outPath).catch(() => null);
  if (existing && existing.size > 0) return outPath;

  signal.throwIfAborted();
  const invoice = await invoicesDb.findById(job.invoiceId);
  if (!invoice) throw new Error(`invoice ${job.invoiceId} not found`);

  const template = await readFile(job.templatePath, { encoding: 'utf8', signal });
  const rows = invoice.lines
    .map((l) => `<tr><td>${l.description}</td><td>${l.qty}</td><td>${(l.unitCents / 100).toFixed(2)}</td></tr>`)
    .join('');
  const html = template.replace('{{customer}}', invoice.customer).replace('{{rows}}', rows);

  const pdf = await pdfRenderer.render(html, { format: 'A4', signal });

  const tmp = `${outPath}.${process.pid}.tmp`;
  await writeFile(tmp, pdf, { signal });
  await rename(tmp, outPath);

  signal.throwIfAborted();
  await invoicesDb.markRendered(job.invoiceId, outPath);
  return outPath;
}
