// expect: no-multiple-settle
// Bug: in the write callback, reject(err) has no return, so on a write error the code goes on to mark the ticket printed, end the socket and call resolve anyway.
import net from 'node:net';

export interface KitchenTicket {
  orderId: string;
  table: string;
  station: 'grill' | 'cold' | 'bar';
  lines: { qty: number; name: string; mods?: string[] }[];
  placedAt: Date;
}

declare const ticketStore: {
  markPrinted(orderId: string, station: string, at: Date): void;
};

const ESC = 0x1b;
const GS = 0x1d;

function encodeTicket(t: KitchenTicket): Buffer {
  const parts: Buffer[] = [Buffer.from([ESC, 0x40])];
  parts.push(Buffer.from([ESC, 0x21, 0x30]));
  parts.push(Buffer.from(`TABLE ${t.table}\n`, 'ascii'));
  parts.push(Buffer.from([ESC, 0x21, 0x00]));
  parts.push(Buffer.from(`#${t.orderId}  ${t.placedAt.toLocaleTimeString('en-GB')}\n\n`, 'ascii'));
  for (const line of t.lines) {
    parts.push(Buffer.from(`${line.qty} x ${line.name}\n`, 'ascii'));
    for (const m of line.mods ?? []) {
      parts.push(Buffer.from(`   - ${m}\n`, 'ascii'));
    }
  }
  parts.push(Buffer.from('\n\n\n', 'ascii'));
  parts.push(Buffer.from([GS, 0x56, 0x41, 0x10]));
  return Buffer.concat(parts);
}

export class StationPrinter {
  constructor(
    private readonly host: string,
    private readonly port = 9100,
    private readonly timeoutMs = 4_000,
  ) {}

  print(ticket: KitchenTicket): Promise<void> {
    const payload = encodeTicket(ticket);
    return new Promise<void>((resolve, reject) => {
      const socket = net.createConnection({ host: this.host, port: this.port });
      socket.setTimeout(this.timeoutMs);

      socket.once('timeout', () => {
        socket.destroy();
        reject(new Error(`printer ${this.host} timed out`));
      });
      socket.once('error', (err) => {
        socket.destroy();
        reject(err);
      });

      socket.once('connect', () => {
        socket.write(payload, (err) => {
          if (err) {
            socket.destroy();
            reject(err);
          }
          ticketStore.markPrinted(ticket.orderId, ticket.station, new Date());
          socket.end();
          resolve();
        });
      });
    });
  }
}

export async function routeTicket(printers: Record<KitchenTicket['station'], StationPrinter>, ticket: KitchenTicket) {
  const printer = printers[ticket.station];
  await printer.print(ticket);
}
