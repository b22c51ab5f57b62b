// expect: no-unchecked-settled-results
// The refund results from Promise.allSettled are never inspected, so orders whose card refund was declined are still marked refunded and the patrons are told their money is on its way.
export interface TicketOrder {
  id: string;
  patronEmail: string;
  paymentId: string;
  totalCents: number;
  seats: string[];
}

export interface OrderRepository {
  forPerformance(performanceId: string): Promise<TicketOrder[]>;
  markRefunded(orderIds: string[], reason: string): Promise<void>;
}

export interface PaymentProvider {
  refund(paymentId: string, amountCents: number, idempotencyKey: string): Promise<{ refundId: string }>;
}

export interface Mailer {
  sendBulk(messages: { to: string; subject: string; text: string }[]): Promise<void>;
}

export interface Performance {
  id: string;
  title: string;
  startsAt: Date;
}

export class CancellationService {
  constructor(
    private readonly orders: OrderRepository,
    private readonly payments: PaymentProvider,
    private readonly mailer: Mailer,
  ) {}

  async cancelPerformance(performance: Performance, reason: string): Promise<{ refunded: number; totalCents: number }> {
    const orders = await this.orders.forPerformance(performance.id);
    if (orders.length === 0) return { refunded: 0, totalCents: 0 };

    await Promise.allSettled(
      orders.map((order) => this.payments.refund(order.paymentId, order.totalCents, `cancel-${performance.id}-${order.id}`)),
    );

    await this.orders.markRefunded(
      orders.map((o) => o.id),
      reason,
    );

    const when = performance.startsAt.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' });
    await this.mailer.sendBulk(
      orders.map((order) => ({
        to: order.patronEmail,
        subject: `${performance.title} on ${when} has been cancelled`,
        text: [
          `We are sorry: ${reason}.`,
          `Your ${order.seats.length} seat(s) (${order.seats.join(', ')}) have been refunded in full.`,
          `Expect ${(order.totalCents / 100).toFixed(2)} EUR back on your card within 5 working days.`,
        ].join('\n'),
      })),
    );

    return {
      refunded: orders.length,
      totalCents: orders.reduce((sum, o) => sum + o.totalCents, 0),
    };
  }
}
