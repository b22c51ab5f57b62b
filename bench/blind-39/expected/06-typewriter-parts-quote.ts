// expect: no-reused-settled-promise
// withRetry is given an already-started quote request, so every "retry" re-awaits the same rejected promise instead of asking the supplier again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RepairJob {
  ticket: string;
  model: string;
  serial: string;
  parts: Array<{ sku: string; qty: number }>;
  customerApprovedMaxEur: number;
}

export interface PartQuote {
  sku: string;
  supplier: string;
  unitPriceEur: number;
  leadDays: number;
  inStock: boolean;
}

declare const partsExchange: {
  quote(sku: string, qty: number): Promise<PartQuote>;
};

declare const workshopLog: {
  note(ticket: string, text: string): void;
};

interface RetryOptions {
  attempts: number;
  backoffMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

async function withRetry<T>(operation: Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      opts.onRetry?.(attempt, err);
      if (attempt < opts.attempts) {
        await sleep(opts.backoffMs * 2 ** (attempt - 1));
      }
    }
  }
  throw lastError;
}

function isObsoleteModel(model: string): boolean {
  return /^(olympia sm[1-3]|hermes baby|remington portable #1)$/i.test(model.trim());
}

export async function quoteRepair(job: RepairJob): Promise<{ totalEur: number; quotes: PartQuote[]; withinApproval: boolean }> {
  const quotes: PartQuote[] = [];

  for (const part of job.parts) {
    const quote = await withRetry(partsExchange.quote(part.sku, part.qty), {
      attempts: 3,
      backoffMs: 400,
      onRetry: (attempt, err) =>
        workshopLog.note(job.ticket, `quote for ${part.sku} failed (attempt ${attempt}): ${String(err)}`),
    });
    quotes.push(quote);
  }

  const partsTotal = quotes.reduce((sum, q, i) => sum + q.unitPriceEur * job.parts[i].qty, 0);
  const labour = isObsoleteModel(job.model) ? 95 : 60;
  const totalEur = Math.round((partsTotal + labour) * 100) / 100;
  const withinApproval = totalEur <= job.customerApprovedMaxEur;

  if (!withinApproval) {
    workshopLog.note(job.ticket, `estimate ${totalEur} EUR exceeds approved ${job.customerApprovedMaxEur} EUR`);
  }
  return { totalEur, quotes, withinApproval };
}

export function longestLead(quotes: PartQuote[]): number {
  return quotes.reduce((max, q) => Math.max(max, q.inStock ? 0 : q.leadDays), 0);
}
