// expect: none
// Correct: the retry loop passes the signal to fetch and to the backoff sleep, and rethrows as soon as the failure is an abort instead of retrying.
import { setTimeout as delay } from 'node:timers/promises';

export interface ConsignmentLot {
  lotId: string;
  title: string;
  author: string;
  printedYear: number;
  condition: 'fine' | 'very good' | 'good' | 'fair';
  estimateLow: number;
  estimateHigh: number;
}

export interface CatalogueRequest {
  saleId: string;
  lots: ConsignmentLot[];
  signal?: AbortSignal;
}

export class CatalogueRejected extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`catalogue service rejected submission (${status})`);
    this.name = 'CatalogueRejected';
  }
}

const RETRYABLE = new Set([408, 429, 502, 503, 504]);

function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'));
}

export class ConsignmentClient {
  constructor(
    private readonly endpoint: string,
    private readonly apiKey: string,
    private readonly maxAttempts = 4,
  ) {}

  async submit(req: CatalogueRequest): Promise<{ catalogueId: string; accepted: number }> {
    const { signal } = req;
    let lastError: unknown;

    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const res = await fetch(`${this.endpoint}/sales/${req.saleId}/catalogue`, {
          method: 'POST',
          signal,
          headers: {
            authorization: `Bearer ${this.apiKey}`,
            'content-type': 'application/json',
          },
          body: JSON.stringify({ lots: req.lots }),
        });

        if (res.ok) {
          return (await res.json()) as { catalogueId: string; accepted: number };
        }
        const body = await res.text();
        if (!RETRYABLE.has(res.status)) {
          throw new CatalogueRejected(res.status, body);
        }
        lastError = new CatalogueRejected(res.status, body);
      } catch (err) {
        if (isAbort(err, signal) || err instanceof CatalogueRejected) {
          throw err;
        }
        // Network blips from the auction house VPN are common; back off and try again.
        lastError = err;
      }

      if (attempt < this.maxAttempts) {
        const backoff = 250 * 2 ** (attempt - 1) + Math.floor(Math.random() * 100);
        await delay(backoff, undefined, { signal });
      }
    }

    throw lastError;
  }
}

export function summarizeEstimates(lots: ConsignmentLot[]): { low: number; high: number } {
  return lots.reduce((acc, lot) => ({ low: acc.low + lot.estimateLow, high: acc.high + lot.estimateHigh }), { low: 0, high: 0 });
}
