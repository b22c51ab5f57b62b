// expect: no-unobserved-promise
// The account lookup is started before signature and duplicate checks; when either check returns early, the lookup is never awaited, so a DB error (or a lookup for a garbage customer id) rejects with no handler and crashes the process.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

interface PaymentEvent {
  id: string;
  type: 'charge.succeeded' | 'charge.refunded' | 'charge.disputed';
  customerId: string;
  amountCents: number;
}

interface Account {
  id: string;
  plan: 'free' | 'pro' | 'enterprise';
  balanceCents: number;
}

declare const accounts: {
  findByCustomer(customerId: string): Promise<Account>;
  applyPayment(accountId: string, event: PaymentEvent): Promise<void>;
};
declare const processedEvents: {
  has(eventId: string): Promise<boolean>;
  add(eventId: string): Promise<void>;
};

const secret = process.env.PAYMENTS_WEBHOOK_SECRET ?? '';

function verifySignature(body: string, header: string): boolean {
  const expected = createHmac('sha256', secret).update(body).digest();
  const given = Buffer.from(header.replace(/^sha256=/, ''), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  req.setEncoding('utf8');
  for await (const chunk of req) body += chunk as string;
  return body;
}

export async function handlePaymentWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  let event: PaymentEvent;
  try {
    event = JSON.parse(body) as PaymentEvent;
  } catch {
    res.writeHead(400).end('invalid json');
    return;
  }

  const accountLookup = accounts.findByCustomer(event.customerId);

  const signature = req.headers['x-payments-signature'];
  if (typeof signature !== 'string' || !verifySignature(body, signature)) {
    res.writeHead(401).end('bad signature');
    return;
  }
  if (await processedEvents.has(event.id)) {
    res.writeHead(200).end('duplicate');
    return;
  }

  const account = await accountLookup;
  await accounts.applyPayment(account.id, event);
  await processedEvents.add(event.id);
  console.info(`[payments] ${event.type} ${event.amountCents}c applied to ${account.id} (${account.plan})`);
  res.writeHead(200).end('ok');
}
