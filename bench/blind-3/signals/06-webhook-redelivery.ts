// expect: none
// The redelivery loop passes the shutdown signal to fetch and to the timers/promises back-off sleep, so stopping the dispatcher interrupts both immediately.
import { setTimeout as delay } from 'node:timers/promises';

export interface WebhookDelivery {
  id: string;
  endpoint: string;
  payload: unknown;
  secret: string;
}

declare function signPayload(body: string, secret: string): string;
declare const deliveries: {
  markDelivered(id: string, status: number): Promise<void>;
  markDead(id: string, reason: string): Promise<void>;
};

const BACKOFF_MS = [1_000, 5_000, 30_000, 120_000];

export async function deliverWithBackoff(delivery: WebhookDelivery, signal: AbortSignal): Promise<boolean> {
  const body = JSON.stringify(delivery.payload);
  const headers = {
    'content-type': 'application/json',
    'x-webhook-id': delivery.id,
    'x-webhook-signature': signPayload(body, delivery.secret),
  };

  for (let attempt = 0; attempt <= BACKOFF_MS.length; attempt++) {
    let status = 0;
    try {
      const res = await fetch(delivery.endpoint, { method: 'POST', body, headers, signal });
      status = res.status;
    } catch (err) {
      if (signal.aborted) throw err;
      console.warn(`[webhooks] ${delivery.id} attempt ${attempt + 1} network error`, err);
    }

    if (status >= 200 && status < 300) {
      await deliveries.markDelivered(delivery.id, status);
      return true;
    }
    if (status >= 400 && status < 500 && status !== 429) {
      await deliveries.markDead(delivery.id, `endpoint rejected with ${status}`);
      return false;
    }

    const wait = BACKOFF_MS[attempt];
    if (wait === undefined) break;
    console.info(`[webhooks] ${delivery.id} got ${status || 'no response'}, retrying in ${wait}ms`);
    await delay(wait, undefined, { signal });
  }

  await deliveries.markDead(delivery.id, 'retries exhausted');
  return false;
}
