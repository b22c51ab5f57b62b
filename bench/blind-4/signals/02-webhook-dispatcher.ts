// expect: none
// The retry wait gets the same signal as the POST, so an abort during a back-off rejects the sleep with AbortError immediately and it propagates to the caller unchanged.
import { setTimeout as delay } from 'node:timers/promises';
import { createHmac } from 'node:crypto';

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}

export interface DeliveryResult {
  endpointId: string;
  status: number;
  attempts: number;
}

declare const deliveries: {
  record(r: DeliveryResult & { eventId: string }): Promise<void>;
};

function sign(secret: string, body: string, ts: number): string {
  return createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
}

export class WebhookDispatcher {
  constructor(
    private readonly maxAttempts = 5,
    private readonly baseDelayMs = 1_000,
  ) {}

  async deliver(endpoint: WebhookEndpoint, eventId: string, payload: unknown, signal: AbortSignal): Promise<DeliveryResult> {
    const body = JSON.stringify({ id: eventId, data: payload });
    let lastStatus = 0;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const ts = Math.floor(Date.now() / 1000);
      const res = await fetch(endpoint.url, {
        method: 'POST',
        body,
        signal,
        headers: {
          'content-type': 'application/json',
          'x-webhook-timestamp': String(ts),
          'x-webhook-signature': sign(endpoint.secret, body, ts),
        },
      });
      lastStatus = res.status;
      await res.body?.cancel();
      const permanent = res.status >= 400 && res.status < 500 && res.status !== 429;
      if (res.ok || permanent) {
        const result = { endpointId: endpoint.id, status: res.status, attempts: attempt };
        await deliveries.record({ ...result, eventId });
        return result;
      }
      if (attempt < this.maxAttempts) {
        const retryAfter = Number(res.headers.get('retry-after'));
        const wait = retryAfter > 0 ? retryAfter * 1000 : this.baseDelayMs * 2 ** (attempt - 1);
        await delay(Math.min(wait, 60_000), undefined, { signal });
      }
    }
    const failed = { endpointId: endpoint.id, status: lastStatus, attempts: this.maxAttempts };
    await deliveries.record({ ...failed, eventId });
    return failed;
  }
}
