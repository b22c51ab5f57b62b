// expect: none
// The job's signal reaches every cancellable call: the request options object that carries it is passed whole to listInvoices, and the rate-limit pause goes through a helper that hands the signal to the timer.
import { setTimeout as wait } from 'node:timers/promises';

interface Invoice {
  id: string;
  customer: string;
  amount_due: number;
  currency: string;
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
}

interface ListParams {
  created_gte: number;
  starting_after?: string;
  limit: number;
}

interface RequestOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
}

class RateLimitedError extends Error {
  constructor(readonly retryAfterMs: number) {
    super('rate limited');
  }
}

declare const billing: {
  listInvoices(params: ListParams, options?: RequestOptions): Promise<{ data: Invoice[]; has_more: boolean }>;
};

declare const warehouse: {
  upsertInvoices(rows: Invoice[]): Promise<number>;
};

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return wait(ms, undefined, { signal });
}

export interface SyncJob {
  id: string;
  since: Date;
  signal: AbortSignal;
}

export async function runInvoiceSync(job: SyncJob): Promise<{ synced: number }> {
  const request: RequestOptions = { signal: job.signal };
  const params: ListParams = { created_gte: Math.floor(job.since.getTime() / 1000), limit: 100 };
  let synced = 0;

  for (;;) {
    job.signal.throwIfAborted();
    let page: { data: Invoice[]; has_more: boolean };
    try {
      page = await billing.listInvoices(params, request);
    } catch (err) {
      if (err instanceof RateLimitedError) {
        console.warn(`[sync ${job.id}] rate limited, retrying in ${err.retryAfterMs}ms`);
        await pause(err.retryAfterMs, job.signal);
        continue;
      }
      throw err;
    }

    synced += await warehouse.upsertInvoices(page.data);
    const last = page.data.at(-1);
    if (!page.has_more || !last) break;
    params.starting_after = last.id;
  }

  console.info(`[sync ${job.id}] ${synced} invoices synced since ${job.since.toISOString()}`);
  return { synced };
}
