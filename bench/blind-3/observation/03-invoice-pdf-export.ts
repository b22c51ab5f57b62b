// expect: no-unobserved-promise
// All renders are started up front and then awaited one by one; if a later render rejects while the loop is still waiting on an earlier one, that rejection has no handler yet and Node reports an unhandled rejection (crashing the export worker) even though the loop would have caught it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

interface InvoiceRow {
  id: string;
  number: string;
  customerName: string;
  lines: { description: string; qty: number; unitCents: number }[];
}

declare const invoices: {
  listForPeriod(accountId: string, from: Date, to: Date): Promise<InvoiceRow[]>;
};
declare function renderInvoicePdf(invoice: InvoiceRow, opts: { locale: string; letterhead: boolean }): Promise<Uint8Array>;
declare function createZip(entries: { name: string; data: Uint8Array }[]): Promise<Uint8Array>;

export interface ExportResult {
  file: string;
  invoices: number;
  errors: string[];
}

export async function exportInvoicesZip(
  accountId: string,
  from: Date,
  to: Date,
  outDir: string,
  locale = 'en-GB',
): Promise<ExportResult> {
  const rows = await invoices.listForPeriod(accountId, from, to);
  const renders = rows.map((row) => renderInvoicePdf(row, { locale, letterhead: true }));

  const entries: { name: string; data: Uint8Array }[] = [];
  const errors: string[] = [];
  for (let i = 0; i < renders.length; i++) {
    try {
      entries.push({ name: `${rows[i].number}.pdf`, data: await renders[i] });
    } catch (err) {
      errors.push(`${rows[i].number}: ${(err as Error).message}`);
    }
  }

  const zip = await createZip(entries);
  const file = join(outDir, `invoices-${accountId}-${from.toISOString().slice(0, 7)}.zip`);
  await writeFile(file, zip);
  return { file, invoices: entries.length, errors };
}
