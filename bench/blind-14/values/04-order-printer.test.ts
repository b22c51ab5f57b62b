// expect: none
// Every assertion awaits the printer's async results before comparing them.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type PrinterState = 'ready' | 'paper-out' | 'offline';

interface Ticket {
  orderId: string;
  station: 'grill' | 'fry' | 'cold';
  lines: string[];
}

class KitchenPrinter {
  private state: PrinterState = 'ready';
  readonly printed: Ticket[] = [];

  async status(): Promise<PrinterState> {
    await new Promise((r) => setTimeout(r, 1));
    return this.state;
  }

  setState(next: PrinterState): void {
    this.state = next;
  }

  async print(ticket: Ticket): Promise<boolean> {
    if ((await this.status()) !== 'ready') return false;
    this.printed.push(ticket);
    return true;
  }
}

class TicketRouter {
  private readonly backlog: Ticket[] = [];
  constructor(private readonly printers: Record<Ticket['station'], KitchenPrinter>) {}

  async route(ticket: Ticket): Promise<'printed' | 'queued'> {
    const ok = await this.printers[ticket.station].print(ticket);
    if (!ok) this.backlog.push(ticket);
    return ok ? 'printed' : 'queued';
  }

  pending(): number {
    return this.backlog.length;
  }
}

let grill: KitchenPrinter;
let fry: KitchenPrinter;
let cold: KitchenPrinter;
let router: TicketRouter;

beforeEach(() => {
  grill = new KitchenPrinter();
  fry = new KitchenPrinter();
  cold = new KitchenPrinter();
  router = new TicketRouter({ grill, fry, cold });
});

test('prints to the matching station', async () => {
  const result = await router.route({ orderId: 'A12', station: 'grill', lines: ['2x burger'] });
  assert.equal(result, 'printed');
  assert.equal(grill.printed.length, 1);
  assert.equal(fry.printed.length, 0);
});

test('queues tickets when the printer is out of paper', async () => {
  fry.setState('paper-out');
  assert.equal(await fry.status(), 'paper-out');
  const result = await router.route({ orderId: 'B7', station: 'fry', lines: ['1x fries'] });
  assert.equal(result, 'queued');
  assert.equal(router.pending(), 1);
});

test('a ready printer reports ready', async () => {
  assert.ok((await cold.status()) === 'ready');
  assert.equal(await cold.print({ orderId: 'C1', station: 'cold', lines: ['salad'] }), true);
});
