// expect: none
// The analytics call is deliberate fire-and-forget with a .catch attached; everything that matters for the response is awaited.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

interface PaymentEvent {
  id: string;
  type: 'payment_intent.succeeded' | 'payment_intent.payment_failed' | 'charge.refunded';
  data: { object: { id: string; amount: number; currency: string; customer?: string } };
}

declare const orders: {
  markPaid(paymentIntentId: string, amount: number): Promise<void>;
  markFailed(paymentIntentId: string): Promise<void>;
  markRefunded(chargeId: string): Promise<void>;
};

declare const processedEvents: {
  has(eventId: string): Promise<boolean>;
  add(eventId: string): Promise<void>;
};

declare const analytics: {
  track(event: string, props: Record<string, unknown>): Promise<void>;
};

declare const logger: { warn(msg: string, meta?: unknown): void; info(msg: string, meta?: unknown): void };

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function verifySignature(body: Buffer, header: string | undefined, secret: string): boolean {
  if (!header) return false;
  const expected = createHmac('sha256', secret).update(body).digest('hex');
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createWebhookHandler(secret: string) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (!verifySignature(body, req.headers['x-signature'] as string | undefined, secret)) {
      res.writeHead(401).end();
      return;
    }

    const event = JSON.parse(body.toString('utf8')) as PaymentEvent;
    if (await processedEvents.has(event.id)) {
      res.writeHead(200).end('duplicate');
      return;
    }

    const obj = event.data.object;
    switch (event.type) {
      case 'payment_intent.succeeded':
        await orders.markPaid(obj.id, obj.amount);
        break;
      case 'payment_intent.payment_failed':
        await orders.markFailed(obj.id);
        break;
      case 'charge.refunded':
        await orders.markRefunded(obj.id);
        break;
    }
    await processedEvents.add(event.id);

    // Metrics shouldn't hold up the provider's retry window.
    void analytics
      .track('payment_webhook', { type: event.type, currency: obj.currency, customer: obj.customer })
      .catch((err) => logger.warn('analytics track failed', err));

    logger.info('webhook processed', { id: event.id, type: event.type });
    res.writeHead(200).end('ok');
  };
}
