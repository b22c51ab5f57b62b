// expect: no-unchecked-settled-results
// The allSettled results are only counted, never inspected for `rejected`, so every failed webhook delivery disappears silently.
interface Subscriber { id: string; url: string; secret: string }
interface WebhookEvent { type: string; payload: unknown }

declare function listSubscribers(eventType: string): Promise<Subscriber[]>;
declare function sign(body: string, secret: string): string;
declare const logger: { info(msg: string, meta?: object): void };

async function deliver(sub: Subscriber, event: WebhookEvent): Promise<void> {
  const body = JSON.stringify(event);
  const res = await fetch(sub.url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature": sign(body, sub.secret) },
    body,
  });
  if (!res.ok) throw new Error(`subscriber ${sub.id} answered ${res.status}`);
}

export async function fanOut(event: WebhookEvent): Promise<number> {
  const subscribers = await listSubscribers(event.type);
  const results = await Promise.allSettled(subscribers.map((s) => deliver(s, event)));
  logger.info("webhook fan-out finished", { type: event.type, attempted: results.length });
  return results.length;
}
