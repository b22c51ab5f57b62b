// expect: no-reused-settled-promise
// retryDelivery is handed an already-started fetch promise and re-awaits that same settled promise on every attempt, so no new request is ever sent.
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}

export interface PaymentEvent {
  id: string;
  type: 'payment.succeeded' | 'payment.failed' | 'refund.created';
  createdAt: number;
  data: Record<string, unknown>;
}

interface DeliveryAttempt {
  endpointId: string;
  eventId: string;
  attempt: number;
  status: number | null;
  error?: string;
}

declare const deliveryLog: {
  record(entry: DeliveryAttempt): Promise<void>;
};

const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 500;

function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

function isRetryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

async function retryDelivery(
  request: Promise<Response>,
  onAttempt: (attempt: number, res: Response | null, err?: unknown) => Promise<void>,
): Promise<Response> {
  let lastError: unknown = new Error('no attempts made');
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const res = await request;
      await onAttempt(attempt, res);
      if (res.ok || !isRetryable(res.status)) {
        return res;
      }
      lastError = new Error(`endpoint responded with ${res.status}`);
    } catch (err) {
      lastError = err;
      await onAttempt(attempt, null, err);
    }

    if (attempt < MAX_ATTEMPTS) {
      // exponential backoff with a bit of jitter so endpoints aren't hammered in lockstep
      const jitter = Math.random() * BASE_DELAY_MS;
      await sleep(BASE_DELAY_MS * 2 ** (attempt - 1) + jitter);
    }
  }
  throw lastError;
}

export async function deliverEvent(endpoint: WebhookEndpoint, event: PaymentEvent): Promise<boolean> {
  const body = JSON.stringify(event);
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = sign(endpoint.secret, timestamp, body);

  const request = fetch(endpoint.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-webhook-id': event.id,
      'x-webhook-timestamp': String(timestamp),
      'x-webhook-signature': `v1=${signature}`,
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });

  try {
    const res = await retryDelivery(request, (attempt, r, err) =>
      deliveryLog.record({
        endpointId: endpoint.id,
        eventId: event.id,
        attempt,
        status: r ? r.status : null,
        error: err instanceof Error ? err.message : undefined,
      }),
    );
    return res.ok;
  } catch {
    return false;
  }
}
