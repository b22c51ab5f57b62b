// expect: none
// Retries only HTTP 5xx/network failures; an abort from the caller's signal is rethrown immediately and the back-off sleep itself is cancellable, so shutdown stops delivery at once.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WebhookEvent {
  id: string;
  type: string;
  payload: unknown;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

function isTransient(err: unknown): boolean {
  if (err instanceof DeliveryError) return err.status === undefined || err.status >= 500;
  return err instanceof TypeError;
}

async function postOnce(endpoint: string, secret: string, event: WebhookEvent, signal: AbortSignal) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-webhook-secret': secret },
    body: JSON.stringify(event),
    signal,
  });
  if (!res.ok) throw new DeliveryError(`endpoint responded ${res.status}`, res.status);
}

export async function deliverWebhook(
  endpoint: string,
  secret: string,
  event: WebhookEvent,
  { signal, maxAttempts = 5 }: { signal: AbortSignal; maxAttempts?: number },
): Promise<number> {
  let delay = 500;
  for (let attempt = 1; ; attempt++) {
    try {
      await postOnce(endpoint, secret, event, signal);
      return attempt;
    } catch (err) {
      if (signal.aborted) throw err;
      if (!isTransient(err) || attempt >= maxAttempts) {
        throw new DeliveryError(`giving up on ${event.id} after ${attempt} attempts: ${String(err)}`);
      }
      console.warn(`webhook ${event.id} attempt ${attempt} failed, retrying in ${delay}ms`);
    }
    await sleep(delay + Math.floor(Math.random() * 250), undefined, { signal });
    delay = Math.min(delay * 2, 30_000);
  }
}
