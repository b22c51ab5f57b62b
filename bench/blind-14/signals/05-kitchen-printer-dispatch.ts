// expect: no-leaked-race
// printTicket races the printer write against a timeout but never clears the timer or cancels the write, so the losing side keeps running.
import { EventEmitter } from 'node:events';
import { Socket } from 'node:net';

export interface OrderLine {
  qty: number;
  name: string;
  modifiers: string[];
}

export interface KitchenTicket {
  orderId: string;
  station: 'grill' | 'fryer' | 'cold' | 'bar';
  table?: string;
  lines: OrderLine[];
  createdAt: Date;
}

export interface PrinterConfig {
  host: string;
  port: number;
  timeoutMs: number;
}

const ESC = '\x1b';
const CUT = `${ESC}d\x03${ESC}i`;

function render(t: KitchenTicket): Buffer {
  const header = `#${t.orderId}  ${t.station.toUpperCase()}${t.table ? `  T${t.table}` : ''}`;
  const time = t.createdAt.toTimeString().slice(0, 5);
  const body = t.lines.map((l) => [`${l.qty} x ${l.name}`, ...l.modifiers.map((m) => `   - ${m}`)].join('\n')).join('\n');
  return Buffer.from(`${ESC}@${header}\n${time}\n\n${body}\n${CUT}`, 'latin1');
}

function writeToPrinter(cfg: PrinterConfig, payload: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const sock = new Socket();
    sock.once('error', reject);
    sock.connect(cfg.port, cfg.host, () => {
      sock.end(payload, () => resolve());
    });
  });
}

export class PrinterDispatcher extends EventEmitter {
  private readonly printers = new Map<KitchenTicket['station'], PrinterConfig>();

  register(station: KitchenTicket['station'], cfg: PrinterConfig): void {
    this.printers.set(station, cfg);
  }

  async printTicket(ticket: KitchenTicket): Promise<void> {
    const cfg = this.printers.get(ticket.station);
    if (!cfg) throw new Error(`no printer registered for ${ticket.station}`);

    const payload = render(ticket);
    await Promise.race([
      writeToPrinter(cfg, payload),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`printer ${cfg.host} did not respond in ${cfg.timeoutMs}ms`)), cfg.timeoutMs),
      ),
    ]);
    this.emit('printed', ticket.orderId, ticket.station);
  }

  async printAll(tickets: KitchenTicket[]): Promise<string[]> {
    const failed: string[] = [];
    const results = await Promise.allSettled(tickets.map((t) => this.printTicket(t)));
    results.forEach((r, i) => {
      if (r.status === 'rejected') {
        failed.push(tickets[i].orderId);
        this.emit('print-failed', tickets[i], r.reason);
      }
    });
    return failed;
  }
}
