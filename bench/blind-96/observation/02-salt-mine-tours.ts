// expect: no-floating-promises
// handleBooking calls the async mailer.sendConfirmation as a bare statement, so a mail-server failure becomes an unhandled rejection that crashes the booking server after the 201 has already gone out.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export interface Booking {
  id: string;
  tourId: string;
  visitors: number;
  email: string;
}

export interface TourInventory {
  reserve(tourId: string, visitors: number): Promise<boolean>;
}

export interface Mailer {
  sendConfirmation(booking: Booking): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export class BookingService {
  constructor(private readonly inventory: TourInventory, private readonly mailer: Mailer) {}

  async handleBooking(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = (await readJson(req)) as Partial<Booking>;
    if (!body.tourId || !body.email || !Number.isInteger(body.visitors) || (body.visitors ?? 0) < 1) {
      send(res, 400, { error: 'tourId, email and a positive visitors count are required' });
      return;
    }
    if ((body.visitors ?? 0) > 12) {
      send(res, 422, { error: 'underground groups are limited to 12 visitors' });
      return;
    }
    const ok = await this.inventory.reserve(body.tourId, body.visitors!);
    if (!ok) {
      send(res, 409, { error: 'tour is full' });
      return;
    }
    const booking: Booking = { id: randomUUID(), tourId: body.tourId, visitors: body.visitors!, email: body.email };
    this.mailer.sendConfirmation(booking);
    send(res, 201, booking);
  }

  listen(port: number) {
    const server = createServer((req, res) => {
      if (req.method !== 'POST' || req.url !== '/bookings') {
        send(res, 404, { error: 'not found' });
        return;
      }
      this.handleBooking(req, res).catch((err: unknown) => {
        console.error('booking failed', err);
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
      });
    });
    server.listen(port);
    return server;
  }
}
