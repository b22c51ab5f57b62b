// expect: none
// Each poll and each reprint attempt calls the function again to get a fresh promise; the job handler is passed to the queue as a callback.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface KitchenTicket {
  orderId: string;
  station: 'grill' | 'fry' | 'cold' | 'bar';
  lines: { qty: number; item: string; mods?: string[] }[];
  placedAt: Date;
}

type Handler<T> = (job: T) => Promise<void>;

declare const orderApi: {
  nextTickets(station: string, since: number): Promise<KitchenTicket[]>;
  markPrinted(orderId: string): Promise<void>;
};

function render(t: KitchenTicket): string {
  const time = t.placedAt.toTimeString().slice(0, 5);
  const body = t.lines.map((l) => `${l.qty} x ${l.item}${l.mods?.length ? `\n    - ${l.mods.join('\n    - ')}` : ''}`).join('\n');
  return `#${t.orderId}  ${t.station.toUpperCase()}  ${time}\n${'-'.repeat(32)}\n${body}\n\n\n`;
}

function lp(printer: string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('lp', ['-d', printer, '-o', 'raw'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`lp exited ${code}: ${stderr.trim()}`))));
    child.stdin.end(text);
  });
}

export class PrintQueue<T> {
  private jobs: T[] = [];
  private running = false;

  constructor(private readonly handle: Handler<T>) {}

  push(job: T): void {
    this.jobs.push(job);
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.jobs.length) {
      const job = this.jobs.shift()!;
      await this.handle(job).catch((err) => console.error('print job failed', err));
    }
    this.running = false;
  }
}

export function startStationPrinter(station: KitchenTicket['station'], printer: string, signal: AbortSignal) {
  const printTicket = async (ticket: KitchenTicket): Promise<void> => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        await lp(printer, render(ticket));
        await orderApi.markPrinted(ticket.orderId);
        return;
      } catch (err) {
        if (attempt === 3) throw err;
        await sleep(1_000 * attempt);
      }
    }
  };

  const queue = new PrintQueue<KitchenTicket>(printTicket);

  const poll = async (): Promise<void> => {
    let since = Date.now() - 60_000;
    while (!signal.aborted) {
      try {
        const tickets = await orderApi.nextTickets(station, since);
        for (const t of tickets) queue.push(t);
        if (tickets.length) since = Math.max(...tickets.map((t) => t.placedAt.getTime()));
      } catch (err) {
        console.warn(`[${station}] poll failed`, err);
      }
      await sleep(2_000, undefined, { signal }).catch(() => undefined);
    }
  };

  return { queue, done: poll() };
}
