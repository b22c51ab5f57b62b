// expect: no-floating-promises
// An async listener is registered on an EventEmitter, which ignores the returned promise, so a ledger or mail failure becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface Invoice {
  invoiceNo: string;
  parish: string;
  instrument: string;
  lines: Array<{ description: string; hours: number; rateCents: number; partsCents: number }>;
  approvedBy?: string;
}

export interface LedgerEntry {
  reference: string;
  account: string;
  amountCents: number;
  vatCents: number;
  memo: string;
}

declare const ledger: {
  post(entry: LedgerEntry): Promise<{ entryId: string }>;
};
declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};
declare const parishContacts: {
  treasurerEmail(parish: string): string;
};

const VAT_RATE = 0.2;

export function invoiceTotal(invoice: Invoice): number {
  return invoice.lines.reduce((sum, l) => sum + Math.round(l.hours * l.rateCents) + l.partsCents, 0);
}

export function toLedgerEntry(invoice: Invoice): LedgerEntry {
  const net = invoiceTotal(invoice);
  return {
    reference: invoice.invoiceNo,
    account: `receivable:${invoice.parish.toLowerCase().replace(/\s+/g, '-')}`,
    amountCents: net,
    vatCents: Math.round(net * VAT_RATE),
    memo: `${invoice.instrument} restoration`,
  };
}

export class InvoiceWorkflow extends EventEmitter {
  private readonly drafts = new Map<string, Invoice>();

  submit(invoice: Invoice): void {
    if (invoice.lines.length === 0) throw new Error(`invoice ${invoice.invoiceNo} has no lines`);
    this.drafts.set(invoice.invoiceNo, invoice);
    this.emit('submitted', invoice);
  }

  approve(invoiceNo: string, approver: string): void {
    const invoice = this.drafts.get(invoiceNo);
    if (!invoice) throw new Error(`unknown invoice ${invoiceNo}`);
    this.drafts.delete(invoiceNo);
    this.emit('approved', { ...invoice, approvedBy: approver });
  }

  pending(): Invoice[] {
    return [...this.drafts.values()];
  }
}

export function wireAccounting(workflow: InvoiceWorkflow): void {
  workflow.on('approved', async (invoice: Invoice) => {
    const entry = toLedgerEntry(invoice);
    const { entryId } = await ledger.post(entry);
    const total = ((entry.amountCents + entry.vatCents) / 100).toFixed(2);
    await mailer.send(
      parishContacts.treasurerEmail(invoice.parish),
      `Invoice ${invoice.invoiceNo}: ${invoice.instrument}`,
      `Approved by ${invoice.approvedBy}. Amount due £${total}. Ledger ref ${entryId}.`,
    );
  });
}
