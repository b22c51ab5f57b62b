// expect: no-promise-as-value
// partsCostFor is async but its result is placed un-awaited in the invoice payload, so JSON.stringify sends partsCents as an empty object.
export interface RestorationJob {
  jobId: string;
  locoId: string;
  owner: string;
  labourHours: number;
  partNumbers: string[];
  repaint: boolean;
}

export interface PartsLedger {
  priceOf(partNumber: string): Promise<number>;
}

export interface InvoiceResult {
  invoiceId: string;
  dueDate: string;
}

const LABOUR_CENTS_PER_HOUR = 4_800;
const REPAINT_CENTS = 12_500;

export class RestorationInvoicer {
  private readonly issued = new Map<string, InvoiceResult>();

  constructor(
    private readonly billingUrl: string,
    private readonly parts: PartsLedger,
  ) {}

  private async partsCostFor(job: RestorationJob): Promise<number> {
    let total = 0;
    for (const pn of job.partNumbers) {
      total += await this.parts.priceOf(pn);
    }
    return total;
  }

  async invoice(job: RestorationJob): Promise<InvoiceResult> {
    const existing = this.issued.get(job.jobId);
    if (existing) return existing;

    const labourCents = Math.round(job.labourHours * LABOUR_CENTS_PER_HOUR);
    const payload = {
      reference: `RST-${job.jobId}`,
      customer: job.owner,
      description: `Restoration of locomotive ${job.locoId}`,
      labourCents,
      partsCents: this.partsCostFor(job),
      repaintCents: job.repaint ? REPAINT_CENTS : 0,
      currency: 'GBP',
    };

    const res = await fetch(`${this.billingUrl}/invoices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': job.jobId },
      body: JSON.stringify(payload),
    });
    if (!res.ok) {
      throw new Error(`billing rejected invoice for ${job.jobId}: ${res.status}`);
    }
    const result = (await res.json()) as InvoiceResult;
    this.issued.set(job.jobId, result);
    return result;
  }

  outstanding(today = new Date()): InvoiceResult[] {
    const iso = today.toISOString().slice(0, 10);
    return [...this.issued.values()].filter((r) => r.dueDate < iso);
  }
}
