// expect: none
// Every close outcome (success, non-zero code, killed by signal) and the spawn error path settle the promise, guarded by a settled flag so error-then-close cannot settle twice.
import { spawn } from 'node:child_process';

export interface FerryTicket {
  route: string;
  departure: string;
  passengerName: string;
  vehicleClass: 'none' | 'car' | 'camper' | 'motorbike';
}

export interface PrintResult {
  serial: string;
  pages: number;
}

export class TicketPrinterError extends Error {
  constructor(message: string, readonly exitCode: number | null, readonly signal: NodeJS.Signals | null) {
    super(message);
    this.name = 'TicketPrinterError';
  }
}

function renderTicket(ticket: FerryTicket): string {
  return [
    `ROUTE ${ticket.route}`,
    `DEPART ${ticket.departure}`,
    `PAX ${ticket.passengerName.toUpperCase()}`,
    `VEH ${ticket.vehicleClass}`,
  ].join('\n');
}

export function printTicket(ticket: FerryTicket, printerBin = '/usr/local/bin/kiosk-print'): Promise<PrintResult> {
  return new Promise<PrintResult>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
    };

    const child = spawn(printerBin, ['--format', 'thermal-80mm'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { out += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { err += c; });

    child.once('error', (e) => settle(() => reject(e)));
    child.once('close', (code, signal) => {
      settle(() => {
        if (code === 0) {
          const [serial = 'unknown', pages = '1'] = out.trim().split(/\s+/);
          resolve({ serial, pages: Number(pages) });
        } else if (signal) {
          reject(new TicketPrinterError(`printer killed by ${signal}`, code, signal));
        } else {
          reject(new TicketPrinterError(`printer exited with ${code}: ${err.trim()}`, code, null));
        }
      });
    });

    child.stdin.on('error', () => {
      // EPIPE when the printer binary dies early; the close handler reports it.
    });
    child.stdin.end(renderTicket(ticket));
  });
}

export async function printBoardingSet(tickets: readonly FerryTicket[]): Promise<PrintResult[]> {
  const printed: PrintResult[] = [];
  for (const ticket of tickets) {
    printed.push(await printTicket(ticket));
  }
  return printed;
}
