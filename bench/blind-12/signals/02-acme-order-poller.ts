// expect: require-signal-propagation
// The Retry-After backoff uses timers/promises setTimeout without the caller's signal, so cancelling a renewal still waits out the whole delay.
import { setTimeout as sleep } from 'node:timers/promises';

declare function signJws(payload: unknown, url: string, nonce: string, kid: string): Promise<string>;

export type OrderStatus = 'pending' | 'ready' | 'processing' | 'valid' | 'invalid';

export interface AcmeOrder {
  status: OrderStatus;
  expires: string;
  authorizations: string[];
  finalize: string;
  certificate?: string;
  error?: { type: string; detail: string };
}

export interface PollOptions {
  signal: AbortSignal;
  maxWaitMs?: number;
}

const DEFAULT_RETRY_MS = 3_000;
const MAX_RETRY_MS = 60_000;

function parseRetryAfter(header: string | null): number {
  if (!header) return DEFAULT_RETRY_MS;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(seconds * 1000, MAX_RETRY_MS);
  const at = Date.parse(header);
  if (Number.isNaN(at)) return DEFAULT_RETRY_MS;
  return Math.min(Math.max(at - Date.now(), 0), MAX_RETRY_MS);
}

export class AcmeOrderPoller {
  private nonce: string | null = null;

  constructor(
    private readonly newNonceUrl: string,
    private readonly accountKid: string,
  ) {}

  private async takeNonce(signal: AbortSignal): Promise<string> {
    if (this.nonce) {
      const n = this.nonce;
      this.nonce = null;
      return n;
    }
    const res = await fetch(this.newNonceUrl, { method: 'HEAD', signal });
    const n = res.headers.get('replay-nonce');
    if (!n) throw new Error('ACME server did not return a nonce');
    return n;
  }

  private async postAsGet(url: string, signal: AbortSignal): Promise<Response> {
    const nonce = await this.takeNonce(signal);
    const body = await signJws('', url, nonce, this.accountKid);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/jose+json' },
      body,
      signal,
    });
    this.nonce = res.headers.get('replay-nonce');
    if (!res.ok) {
      const problem = await res.text();
      throw new Error(`ACME ${res.status} for ${url}: ${problem}`);
    }
    return res;
  }

  async waitForStatus(orderUrl: string, wanted: OrderStatus[], { signal, maxWaitMs = 120_000 }: PollOptions): Promise<AcmeOrder> {
    const deadline = Date.now() + maxWaitMs;

    for (;;) {
      signal.throwIfAborted();
      const res = await this.postAsGet(orderUrl, signal);
      const order = (await res.json()) as AcmeOrder;

      if (order.status === 'invalid') {
        throw new Error(`order ${orderUrl} became invalid: ${order.error?.detail ?? 'unknown reason'}`);
      }
      if (wanted.includes(order.status)) return order;
      if (Date.now() > deadline) {
        throw new Error(`order ${orderUrl} still ${order.status} after ${maxWaitMs}ms`);
      }

      await sleep(parseRetryAfter(res.headers.get('retry-after')));
    }
  }

  async downloadCertificate(order: AcmeOrder, signal: AbortSignal): Promise<string> {
    if (!order.certificate) throw new Error('order has no certificate URL yet');
    const res = await this.postAsGet(order.certificate, signal);
    return res.text();
  }
}
