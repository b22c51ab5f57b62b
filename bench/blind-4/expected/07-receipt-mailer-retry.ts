// expect: no-reused-settled-promise
// retrying() is handed the promise of a single send and re-awaits that same rejected promise on each attempt, so a transient 503 from the mail provider is never retried: no new request goes out and after the back-off the original error is thrown anyway.
import { setTimeout as sleep } from 'node:timers/promises';

interface MailMessage {
  to: string;
  from: string;
  subject: string;
  html: string;
  idempotencyKey: string;
}

declare const mailer: {
  send(msg: MailMessage): Promise<{ messageId: string }>;
};

declare const orders: {
  get(id: string): Promise<{ id: string; email: string; totalCents: number; currency: string; receiptSentAt?: Date }>;
  markReceiptSent(id: string, messageId: string): Promise<void>;
};

declare const log: { warn(msg: string, meta?: object): void; info(msg: string, meta?: object): void };

class MailError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function isTransient(err: unknown): boolean {
  return err instanceof MailError ? err.status === 429 || err.status >= 500 : true;
}

async function retrying<T>(op: Promise<T>, label: string, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op;
    } catch (err) {
      if (attempt >= attempts || !isTransient(err)) throw err;
      const delay = 250 * 2 ** attempt;
      log.warn(`${label} failed, retrying`, { attempt, delay, err: String(err) });
      await sleep(delay);
    }
  }
}

function renderReceipt(order: { id: string; totalCents: number; currency: string }): string {
  const total = new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(order.totalCents / 100);
  return `<h1>Thanks for your order</h1><p>Order <b>${order.id}</b> — total ${total}</p>`;
}

export async function sendReceiptJob(job: { orderId: string }): Promise<void> {
  const order = await orders.get(job.orderId);
  if (order.receiptSentAt) return;

  const { messageId } = await retrying(
    mailer.send({
      to: order.email,
      from: 'receipts@shop.example',
      subject: `Your receipt for order ${order.id}`,
      html: renderReceipt(order),
      idempotencyKey: `receipt-${order.id}`,
    }),
    `receipt for ${order.id}`,
  );
  await orders.markReceiptSent(order.id, messageId);
  log.info('receipt sent', { orderId: order.id, messageId });
}
