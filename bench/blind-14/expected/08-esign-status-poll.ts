// expect: no-reused-settled-promise
// The poll loop awaits the single `statusRequest` created before the loop, so every iteration reads the same stale response instead of re-querying.
import { setTimeout as delay } from 'node:timers/promises';

export type EnvelopeStatus = 'draft' | 'sent' | 'viewed' | 'signed' | 'declined' | 'voided';

export interface EnvelopeSummary {
  envelopeId: string;
  status: EnvelopeStatus;
  signers: { email: string; signedAt?: string }[];
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

const TERMINAL: ReadonlySet<EnvelopeStatus> = new Set(['signed', 'declined', 'voided']);

export class ESignClient {
  constructor(
    private readonly apiBase: string,
    private readonly apiKey: string,
  ) {}

  private async getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const res = await fetch(`${this.apiBase}${path}`, {
      headers: { 'X-Api-Key': this.apiKey, Accept: 'application/json' },
      signal,
    });
    if (!res.ok) throw new Error(`GET ${path} -> ${res.status}`);
    return (await res.json()) as T;
  }

  getEnvelope(envelopeId: string, signal?: AbortSignal): Promise<EnvelopeSummary> {
    return this.getJson<EnvelopeSummary>(`/envelopes/${encodeURIComponent(envelopeId)}`, signal);
  }

  async waitForCompletion(envelopeId: string, opts: PollOptions = {}): Promise<EnvelopeSummary> {
    const intervalMs = opts.intervalMs ?? 5_000;
    const deadline = Date.now() + (opts.timeoutMs ?? 15 * 60_000);
    const controller = new AbortController();
    opts.signal?.addEventListener('abort', () => controller.abort(opts.signal?.reason), { once: true });

    const statusRequest = this.getEnvelope(envelopeId, controller.signal);
    while (Date.now() < deadline) {
      const summary = await statusRequest;
      if (TERMINAL.has(summary.status)) return summary;
      await delay(intervalMs, undefined, { signal: controller.signal });
    }
    controller.abort();
    throw new Error(`envelope ${envelopeId} not completed within timeout`);
  }

  async pendingSigners(envelopeId: string): Promise<string[]> {
    const env = await this.getEnvelope(envelopeId);
    return env.signers.filter((s) => !s.signedAt).map((s) => s.email);
  }
}

export async function finalizeAgreement(client: ESignClient, envelopeId: string, archive: (e: EnvelopeSummary) => Promise<void>) {
  const result = await client.waitForCompletion(envelopeId, { intervalMs: 10_000 });
  if (result.status !== 'signed') {
    throw new Error(`agreement ${envelopeId} ended as ${result.status}`);
  }
  await archive(result);
  return result;
}
