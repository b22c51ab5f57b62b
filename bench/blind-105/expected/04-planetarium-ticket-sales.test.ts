// expect: none
// Every async function is actually called (service.sell(...) inside Promise.all, service.close() and the server close in afterEach), and the bare mailer.send references only go to expect(...).toHaveBeenCalled*, which wants the mock itself.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

interface Order {
  email: string;
  show: string;
  seats: string[];
}

interface Mailer {
  send(to: string, body: string): Promise<void>;
}

class TicketService {
  private closed = false;

  constructor(private readonly paymentsUrl: string, private readonly mailer: Mailer) {}

  async sell(order: Order): Promise<string> {
    if (this.closed) throw new Error('ticket service closed');
    const res = await fetch(`${this.paymentsUrl}/charge`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: order.email, amountCents: order.seats.length * 1450 }),
    });
    if (!res.ok) throw new Error(`payment HTTP ${res.status}`);
    const { chargeId } = (await res.json()) as { chargeId: string };
    await this.mailer.send(order.email, `Your ${order.show} seats: ${order.seats.join(', ')} (ref ${chargeId})`);
    return chargeId;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('TicketService', () => {
  let server: Server;
  let service: TicketService;
  let mailer: { send: ReturnType<typeof vi.fn<Mailer['send']>> };
  let charges = 0;
  let declineNext = false;

  beforeEach(async () => {
    charges = 0;
    declineNext = false;
    server = createServer((req, res) => {
      req.resume();
      if (declineNext) {
        res.writeHead(402).end();
        return;
      }
      charges += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ chargeId: `ch_${charges}` }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    mailer = { send: vi.fn<Mailer['send']>().mockResolvedValue(undefined) };
    service = new TicketService(`http://127.0.0.1:${port}`, mailer);
  });

  afterEach(async () => {
    await service.close();
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  it('charges and mails each order', async () => {
    const refs = await Promise.all([
      service.sell({ email: 'a@example.com', show: 'Saturn Rising', seats: ['D4', 'D5'] }),
      service.sell({ email: 'b@example.com', show: 'Saturn Rising', seats: ['F1'] }),
    ]);
    expect(new Set(refs).size).toBe(2);
    expect(mailer.send).toHaveBeenCalledTimes(2);
    expect(mailer.send).toHaveBeenCalledWith('b@example.com', expect.stringContaining('F1'));
  });

  it('does not mail when the card is declined', async () => {
    declineNext = true;
    await expect(service.sell({ email: 'c@example.com', show: 'Deep Field', seats: ['A1'] })).rejects.toThrow('402');
    expect(mailer.send).not.toHaveBeenCalled();
  });

  it('refuses sales after close', async () => {
    await service.close();
    await expect(service.sell({ email: 'd@example.com', show: 'Deep Field', seats: ['A2'] })).rejects.toThrow(/closed/);
    expect(charges).toBe(0);
  });
});
