// expect: none
// Per-attempt timeouts are retried, but a caller abort is detected via signal.aborted and rethrown; the backoff sleep also honours the caller's signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LedgerEntry {
  id: string;
  accountId: string;
  amountCents: number;
  postedAt: string;
}

export interface LedgerClientOptions {
  baseUrl: string;
  token: string;
  attemptTimeoutMs?: number;
  maxAttempts?: number;
}

export class LedgerClient {
  private readonly attemptTimeoutMs: number;
  private readonly maxAttempts: number;

  constructor(private readonly opts: LedgerClientOptions) {
    this.attemptTimeoutMs = opts.attemptTimeoutMs ?? 4_000;
    this.maxAttempts = opts.maxAttempts ?? 3;
  }

  async listEntries(accountId: string, signal?: AbortSignal): Promise<LedgerEntry[]> {
    const url = `${this.opts.baseUrl}/accounts/${encodeURIComponent(accountId)}/entries`;
    let lastError: unknown;

    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const perAttempt = AbortSignal.timeout(this.attemptTimeoutMs);
      const combined = signal ? AbortSignal.any([signal, perAttempt]) : perAttempt;
      try {
        const res = await fetch(url, {
          signal: combined,
          headers: { authorization: `Bearer ${this.opts.token}` },
        });
        if (res.status >= 500) {
          throw new Error(`ledger responded ${res.status}`);
        }
        if (!res.ok) {
          throw new Error(`ledger rejected request: ${res.status}`);
        }
        return (await res.json()) as LedgerEntry[];
      } catch (err) {
        if (signal?.aborted) {
          throw signal.reason;
        }
        lastError = err;
        const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
        const serverError = err instanceof Error && err.message.startsWith('ledger responded');
        if (!timedOut && !serverError) {
          throw err;
        }
        console.warn(`[ledger] attempt ${attempt}/${this.maxAttempts} failed`, err);
      }
      if (attempt < this.maxAttempts) {
        await sleep(250 * 2 ** attempt, undefined, { signal });
      }
    }

    throw new Error(`ledger unavailable after ${this.maxAttempts} attempts`, { cause: lastError });
  }
}
