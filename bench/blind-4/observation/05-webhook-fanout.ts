// expect: no-unchecked-settled-results
// The allSettled results are only filtered for fulfilled entries; rejected deliveries (timeouts, DNS failures, 5xx) are never looked at, so failed webhooks are neither logged nor scheduled for retry and the event is recorded as dispatched.
import { createHmac } from 'node:crypto';

interface Subscription {
  id: string;
  url: string;
  secret: string;
  events: string[];
}

interface DomainEvent {
  id: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

declare const subscriptions: {
  forEvent(type: string): Promise<Subscription[]>;
};

declare const deliveries: {
  record(eventId: string, rows: Array<{ subscriptionId: string; status: number; ms: number }>): Promise<void>;
  markDispatched(eventId: string): Promise<void>;
};

async function deliver(sub: Subscription, body: string): Promise<{ subscriptionId: string; status: number; ms: number }> {
  const started = Date.now();
  const signature = createHmac('sha256', sub.secret).update(body).digest('hex');
  const res = await fetch(sub.url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-signature-256': `sha256=${signature}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status >= 300) throw new Error(`webhook ${sub.id} answered ${res.status}`);
  return { subscriptionId: sub.id, status: res.status, ms: Date.now() - started };
}

export async function dispatch(event: DomainEvent): Promise<number> {
  const subs = await subscriptions.forEvent(event.type);
  if (subs.length === 0) {
    await deliveries.markDispatched(event.id);
    return 0;
  }

  const body = JSON.stringify(event);
  const results = await Promise.allSettled(subs.map((sub) => deliver(sub, body)));

  const delivered = results
    .filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof deliver>>> => r.status === 'fulfilled')
    .map((r) => r.value);

  await deliveries.record(event.id, delivered);
  await deliveries.markDispatched(event.id);
  return delivered.length;
}
