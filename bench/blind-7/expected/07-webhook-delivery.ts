// expect: no-reused-settled-promise
// deliverWithRetry starts the POST once before the loop and re-awaits that rejected promise, so every "retry" fails instantly without re-sending.
import { createHmac } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}
export interface WebhookEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

declare const deliveries: {
  record(entry: { endpointId: string; eventId: string; attempt: number; status: number | 'error' }): Promise<void>;
  markDead(endpointId: string, eventId: string, reason: string): Promise<void>;
};

const BACKOFF_MS = [1_000, 5_000, 30_000, 120_000];

function sign(secret: string, body: string, ts: number): string {
  return createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
}

async function post(endpoint: WebhookEndpoint, event: WebhookEvent, signal: AbortSignal): Promise<number> {
  const body = JSON.stringify({ id: event.id, type: event.type, data: event.payload });
  const ts = Math.floor(Date.now() / 1000);
  const res = await fetch(endpoint.url, {
    method: 'POST',
    body,
    signal,
    headers: { 'content-type': 'application/json', 'x-signature': `t=${ts},v1=${sign(endpoint.secret, body, ts)}` },
  });
  if (res.status >= 300) throw Object.assign(new Error(`endpoint answered ${res.status}`), { status: res.status });
  return res.status;
}

export async function deliverWithRetry(endpoint: WebhookEndpoint, event: WebhookEvent, signal: AbortSignal): Promise<boolean> {
  const inFlight = post(endpoint, event, signal);
  for (let attempt = 0; attempt <= BACKOFF_MS.length; attempt++) {
    try {
      const status = await inFlight;
      await deliveries.record({ endpointId: endpoint.id, eventId: event.id, attempt, status });
      return true;
    } catch (err) {
      if (signal.aborted) throw err;
      const status = (err as { status?: number }).status ?? 'error';
      await deliveries.record({ endpointId: endpoint.id, eventId: event.id, attempt, status });
      if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) break;
      if (attempt < BACKOFF_MS.length) await delay(BACKOFF_MS[attempt], undefined, { signal });
    }
  }
  await deliveries.markDead(endpoint.id, event.id, 'retries exhausted');
  return false;
}
