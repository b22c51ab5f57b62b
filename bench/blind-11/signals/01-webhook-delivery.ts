// expect: no-swallowed-abort
// The catch treats every failure, including the AbortError thrown when the worker is cancelled, as transient and re-enqueues the delivery as a retry instead of letting the abort propagate.
import { createHmac } from 'node:crypto';

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}

export interface DeliveryJob {
  deliveryId: string;
  endpoint: WebhookEndpoint;
  payload: string;
  attempt: number;
}

export type DeliveryOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'rejected'; status: number }
  | { kind: 'scheduled'; nextAttemptAt: Date }
  | { kind: 'dead-lettered'; reason: string };

declare const retryQueue: {
  enqueue(job: DeliveryJob, opts: { delayMs: number }): Promise<void>;
};
declare const deadLetters: {
  put(job: DeliveryJob, reason: string): Promise<void>;
};

const MAX_ATTEMPTS = 8;
const BASE_BACKOFF_MS = 30_000;

function sign(secret: string, body: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

function backoffFor(attempt: number): number {
  const exp = BASE_BACKOFF_MS * 2 ** (attempt - 1);
  return Math.min(exp, 6 * 60 * 60 * 1000) + Math.floor(Math.random() * 5_000);
}

export async function runDelivery(job: DeliveryJob, signal: AbortSignal): Promise<DeliveryOutcome> {
  const ts = Math.floor(Date.now() / 1000);
  try {
    const res = await fetch(job.endpoint.url, {
      method: 'POST',
      body: job.payload,
      signal,
      headers: {
        'content-type': 'application/json',
        'x-delivery-id': job.deliveryId,
        'x-webhook-timestamp': String(ts),
        'x-webhook-signature': sign(job.endpoint.secret, job.payload, ts),
      },
    });
    await res.arrayBuffer();

    if (res.ok) return { kind: 'delivered', status: res.status };
    if (res.status >= 400 && res.status < 500 && res.status !== 429) {
      return { kind: 'rejected', status: res.status };
    }
    throw new Error(`endpoint responded with ${res.status}`);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    if (job.attempt >= MAX_ATTEMPTS) {
      await deadLetters.put(job, reason);
      return { kind: 'dead-lettered', reason };
    }
    const delayMs = backoffFor(job.attempt);
    await retryQueue.enqueue({ ...job, attempt: job.attempt + 1 }, { delayMs });
    console.warn(`delivery ${job.deliveryId} attempt ${job.attempt} failed: ${reason}`);
    return { kind: 'scheduled', nextAttemptAt: new Date(Date.now() + delayMs) };
  }
}

export async function drainBatch(jobs: DeliveryJob[], signal: AbortSignal): Promise<Map<string, DeliveryOutcome>> {
  const outcomes = new Map<string, DeliveryOutcome>();
  for (const job of jobs) {
    signal.throwIfAborted();
    outcomes.set(job.deliveryId, await runDelivery(job, signal));
  }
  return outcomes;
}
