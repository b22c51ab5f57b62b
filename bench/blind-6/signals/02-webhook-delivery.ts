// expect: none
// The caller's signal is passed both to every fetch attempt and to the back-off sleep, so aborting stops the delivery immediately whether it is mid-request or waiting to retry.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHmac } from 'node:crypto';

export interface WebhookTarget {
  url: string;
  secret: string;
}

export interface DeliveryResult {
  status: number;
  attempts: number;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

export async function deliverWebhook(
  target: WebhookTarget,
  event: { id: string; type: string; data: unknown },
  opts: { signal?: AbortSignal; maxAttempts?: number } = {},
): Promise<DeliveryResult> {
  const { signal, maxAttempts = 5 } = opts;
  const body = JSON.stringify(event);
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const signature = createHmac('sha256', target.secret).update(`${timestamp}.${body}`).digest('hex');

  for (let attempt = 1; ; attempt++) {
    let status: number;
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        body,
        signal,
        headers: { 'content-type': 'application/json', 'x-webhook-id': event.id, 'x-webhook-signature': `t=${timestamp},v1=${signature}` },
      });
      status = res.status;
      await res.body?.cancel();
    } catch (err) {
      if (signal?.aborted) throw err;
      status = 0;
      console.warn(`[webhooks] ${event.id} -> ${target.url} network error: ${(err as Error).message}`);
    }

    if (status >= 200 && status < 300) return { status, attempts: attempt };
    if ((status !== 0 && !RETRYABLE.has(status)) || attempt >= maxAttempts) {
      throw new Error(`webhook ${event.id} to ${target.url} failed with ${status || 'network error'} after ${attempt} attempts`);
    }

    const delay = Math.min(30_000, 500 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
    await sleep(delay, undefined, { signal });
  }
}
