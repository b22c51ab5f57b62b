// expect: none
// The fire-and-forget audit and receipt calls have .catch attached in the same expression, and the async map callbacks are collected by Promise.all.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SeatRequest {
  showId: string;
  seats: string[];
  buyerEmail: string;
  childTickets: number;
}

export interface Ticket {
  ticketId: string;
  showId: string;
  seat: string;
  priceCents: number;
}

declare const seating: {
  hold(showId: string, seat: string): Promise<{ holdId: string; priceCents: number }>;
  confirm(holdId: string): Promise<Ticket>;
  releaseAll(showId: string, seats: string[]): Promise<void>;
};
declare const audit: { record(event: string, data: Record<string, unknown>): Promise<void> };
declare const receipts: { email(to: string, tickets: Ticket[]): Promise<void> };

async function readJson<T>(req: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function buyTickets(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const order = await readJson<SeatRequest>(req);
  if (order.seats.length === 0 || order.seats.length > 8) {
    send(res, 400, { error: 'between 1 and 8 seats per order' });
    return;
  }

  let tickets: Ticket[];
  try {
    tickets = await Promise.all(
      order.seats.map(async (seat) => {
        const hold = await seating.hold(order.showId, seat);
        return seating.confirm(hold.holdId);
      }),
    );
  } catch (err) {
    await seating.releaseAll(order.showId, order.seats);
    send(res, 409, { error: 'one or more seats are no longer available' });
    return;
  }

  audit
    .record('tickets.sold', { showId: order.showId, seats: order.seats, children: order.childTickets })
    .catch((err) => console.warn('[box-office] audit write failed', err));
  receipts.email(order.buyerEmail, tickets).catch((err) => {
    console.error(`[box-office] receipt to ${order.buyerEmail} failed`, err);
  });

  const total = tickets.reduce((sum, t) => sum + t.priceCents, 0);
  send(res, 201, { tickets, totalCents: total });
}
