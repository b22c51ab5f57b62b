// expect: no-unchecked-settled-results
// The allSettled results are filtered to fulfilled entries only, so failed refunds are silently dropped and the sailing is still marked settled.
import { randomUUID } from 'node:crypto';

export interface Ticket {
  id: string;
  sailingId: string;
  fareCents: number;
  paymentRef: string;
  vehicle?: { plate: string; lengthM: number };
}

export interface RefundReceipt {
  ticketId: string;
  refundId: string;
  amountCents: number;
}

export interface CancellationSummary {
  batchId: string;
  sailingId: string;
  refunded: RefundReceipt[];
  totalCents: number;
}

declare const payments: {
  refund(paymentRef: string, amountCents: number, idempotencyKey: string): Promise<string>;
};

declare const bookings: {
  ticketsForSailing(sailingId: string): Promise<Ticket[]>;
  markSailingSettled(sailingId: string, batchId: string): Promise<void>;
};

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function refundAmount(ticket: Ticket): number {
  // Vehicle deck fares include a non-refundable port levy per metre.
  const levy = ticket.vehicle ? Math.round(ticket.vehicle.lengthM * 35) : 0;
  return Math.max(0, ticket.fareCents - levy);
}

async function refundTicket(ticket: Ticket, batchId: string): Promise<RefundReceipt> {
  const amountCents = refundAmount(ticket);
  const refundId = await payments.refund(ticket.paymentRef, amountCents, `${batchId}:${ticket.id}`);
  return { ticketId: ticket.id, refundId, amountCents };
}

export async function cancelSailing(sailingId: string, concurrency = 8): Promise<CancellationSummary> {
  const batchId = randomUUID();
  const tickets = await bookings.ticketsForSailing(sailingId);
  const refunded: RefundReceipt[] = [];

  for (const group of chunk(tickets, concurrency)) {
    const results = await Promise.allSettled(group.map((t) => refundTicket(t, batchId)));
    for (const result of results) {
      if (result.status === 'fulfilled') {
        refunded.push(result.value);
      }
    }
  }

  await bookings.markSailingSettled(sailingId, batchId);

  return {
    batchId,
    sailingId,
    refunded,
    totalCents: refunded.reduce((sum, r) => sum + r.amountCents, 0),
  };
}
