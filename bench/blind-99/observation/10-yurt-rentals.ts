// expect: none
// The CLI reads commands with for-await and awaits each handler inside try/catch, and main() has a .catch that sets the exit code, so no booking promise is left unobserved.
import { createInterface } from 'node:readline';
import { stdin, stdout, stderr } from 'node:process';

interface Booking {
  ref: string;
  yurt: string;
  guest: string;
  nights: number;
}

interface BookingApi {
  book(yurt: string, guest: string, nights: number): Promise<Booking>;
  cancel(ref: string): Promise<void>;
  list(): Promise<Booking[]>;
}

class InMemoryBookingApi implements BookingApi {
  private seq = 100;
  private readonly bookings = new Map<string, Booking>();

  async book(yurt: string, guest: string, nights: number): Promise<Booking> {
    if (nights < 2) throw new Error('minimum stay is two nights');
    if ([...this.bookings.values()].some((b) => b.yurt === yurt)) throw new Error(`${yurt} is already taken`);
    const booking = { ref: `YR-${this.seq++}`, yurt, guest, nights };
    this.bookings.set(booking.ref, booking);
    return booking;
  }

  async cancel(ref: string): Promise<void> {
    if (!this.bookings.delete(ref)) throw new Error(`no booking ${ref}`);
  }

  async list(): Promise<Booking[]> {
    return [...this.bookings.values()];
  }
}

async function handle(api: BookingApi, line: string): Promise<string> {
  const [cmd, ...args] = line.trim().split(/\s+/);
  switch (cmd) {
    case 'book': {
      const [yurt, guest, nights] = args;
      const b = await api.book(yurt ?? '', guest ?? '', Number(nights));
      return `booked ${b.yurt} for ${b.guest}, ${b.nights} nights (${b.ref})`;
    }
    case 'cancel':
      await api.cancel(args[0] ?? '');
      return `cancelled ${args[0]}`;
    case 'list':
      return (await api.list()).map((b) => `${b.ref} ${b.yurt} ${b.guest} x${b.nights}`).join('\n') || '(no bookings)';
    case '':
    case undefined:
      return '';
    default:
      return `unknown command: ${cmd}`;
  }
}

async function main(): Promise<void> {
  const api = new InMemoryBookingApi();
  const rl = createInterface({ input: stdin, output: stdout, terminal: false });
  for await (const line of rl) {
    try {
      const out = await handle(api, line);
      if (out) stdout.write(`${out}\n`);
    } catch (err) {
      stderr.write(`error: ${(err as Error).message}\n`);
    }
  }
}

main().catch((err: unknown) => {
  stderr.write(`fatal: ${String(err)}\n`);
  process.exitCode = 1;
});
