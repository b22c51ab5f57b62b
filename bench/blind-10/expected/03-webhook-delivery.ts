// expect: no-reused-settled-promise
// deliver() starts the POST once and re-awaits that same rejected promise on every retry, so a failed webhook is never actually re-sent; all "attempts" just replay the first error.
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}

interface OutboundEvent {
  id: string;
  type: string;
  payload: unknown;
  createdAt: string;
}

declare const deliveries: {
  markDelivered(eventId: string, endpointId: string, status: number, attempts: number): Promise<void>;
  markFailed(eventId: string, endpointId: string, reason: string): Promise<void>;
};
declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

async function post(endpoint: WebhookEndpoint, body: string): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await fetch(endpoint.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-webhook-timestamp': String(timestamp),
      'x-webhook-signature': `v1=${sign(endpoint.secret, timestamp, body)}`,
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status === 429 || res.status >= 500) {
    throw new Error(`endpoint ${endpoint.id} responded ${res.status}`);
  }
  return res;
}

export async function deliver(endpoint: WebhookEndpoint, event: OutboundEvent, maxAttempts = 5): Promise<boolean> {
  const body = JSON.stringify({ id: event.id, type: event.type, data: event.payload, created_at: event.createdAt });
  const request = post(endpoint, body);

  for (let attempt = 1; ; attempt++) {
    let res: Response;
    try {
      res = await request;
    } catch (err) {
      if (attempt >= maxAttempts) {
        log.error('webhook delivery exhausted', { endpoint: endpoint.id, event: event.id, attempts: attempt });
        await deliveries.markFailed(event.id, endpoint.id, String(err));
        return false;
      }
      const backoff = Math.min(30_000, 250 * 2 ** attempt) + Math.floor(Math.random() * 250);
      log.warn('webhook delivery failed', { endpoint: endpoint.id, event: event.id, attempt, backoff, err: String(err) });
      await sleep(backoff);
      continue;
    }
    await deliveries.markDelivered(event.id, endpoint.id, res.status, attempt);
    return true;
  }
}
