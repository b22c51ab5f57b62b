// expect: none
// Every Promise.allSettled result is examined: rejected entries are collected with their reasons, logged, and returned so failed notifications can be retried.
export interface ForgeOrder {
  orderId: string;
  customerEmail: string;
  item: string;
  quantity: number;
  readyOn: string;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<{ messageId: string }>;
}

export interface Logger {
  warn(message: string, fields?: Record<string, unknown>): void;
}

export interface DispatchOutcome {
  sent: Array<{ orderId: string; messageId: string }>;
  failed: Array<{ orderId: string; reason: string }>;
}

function pickupNotice(order: ForgeOrder): { subject: string; body: string } {
  const plural = order.quantity === 1 ? '' : 's';
  return {
    subject: `Your forge order ${order.orderId} is ready`,
    body: [
      `Hello,`,
      ``,
      `Your ${order.quantity} ${order.item}${plural} will be ready for collection on ${order.readyOn}.`,
      `Please bring your order number to the smithy counter.`,
    ].join('\n'),
  };
}

export class PickupNotifier {
  constructor(
    private readonly mailer: Mailer,
    private readonly log: Logger,
  ) {}

  async notifyReady(orders: ForgeOrder[]): Promise<DispatchOutcome> {
    const results = await Promise.allSettled(
      orders.map((order) => {
        const { subject, body } = pickupNotice(order);
        return this.mailer.send(order.customerEmail, subject, body);
      }),
    );

    const outcome: DispatchOutcome = { sent: [], failed: [] };
    results.forEach((result, i) => {
      const orderId = orders[i].orderId;
      if (result.status === 'fulfilled') {
        outcome.sent.push({ orderId, messageId: result.value.messageId });
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        outcome.failed.push({ orderId, reason });
      }
    });

    if (outcome.failed.length > 0) {
      this.log.warn('some pickup notices were not sent', {
        failed: outcome.failed.length,
        orderIds: outcome.failed.map((f) => f.orderId),
      });
    }
    return outcome;
  }
}
