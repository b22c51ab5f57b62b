// expect: no-promise-as-value
// previousPlan is the un-awaited promise from billing.planAt(), so JSON.stringify sends `"previousPlan": {}` to the queue and the downgrade worker never sees the old plan.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { text } from 'node:stream/consumers';

interface SubscriptionEvent {
  id: string;
  type: 'subscription.updated' | 'subscription.deleted' | 'subscription.created';
  customerId: string;
  plan: string;
  occurredAt: string;
}

declare const billing: {
  verifySignature(body: string, signature: string | undefined): boolean;
  planAt(customerId: string, before: string): Promise<string | null>;
};

declare const queue: {
  send(topic: string, body: string, opts?: { dedupeId?: string }): Promise<{ messageId: string }>;
};

declare const log: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

function jobFor(evt: SubscriptionEvent) {
  return {
    eventId: evt.id,
    customerId: evt.customerId,
    newPlan: evt.plan,
    previousPlan: evt.type === 'subscription.created' ? null : billing.planAt(evt.customerId, evt.occurredAt),
    receivedAt: new Date().toISOString(),
  };
}

export async function subscriptionWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await text(req);
  const sig = req.headers['x-billing-signature'];
  if (!billing.verifySignature(raw, Array.isArray(sig) ? sig[0] : sig)) {
    res.writeHead(400).end('bad signature');
    return;
  }

  let evt: SubscriptionEvent;
  try {
    evt = JSON.parse(raw) as SubscriptionEvent;
  } catch {
    res.writeHead(400).end('malformed body');
    return;
  }

  try {
    const job = jobFor(evt);
    const { messageId } = await queue.send('plan-changes', JSON.stringify(job), { dedupeId: evt.id });
    log.info('queued plan change', { eventId: evt.id, messageId });
    res.writeHead(202).end();
  } catch (err) {
    log.error('failed to enqueue plan change', { eventId: evt.id, error: (err as Error).message });
    res.writeHead(503).end('retry later');
  }
}
