// expect: no-read-before-settle
// Rentals are pushed from readline 'line' events, but the function returns the array right after wiring the listener, before any line has been read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface RentalRecord {
  rentalId: string;
  kayakId: string;
  customer: string;
  outAt: Date;
  backAt: Date | null;
}

export interface OverdueKayak {
  kayakId: string;
  customer: string;
  minutesOverdue: number;
}

function parseLine(line: string): RentalRecord | null {
  const [rentalId, kayakId, customer, outAt, backAt] = line.split(',');
  if (!rentalId || !kayakId || !outAt) return null;
  const out = new Date(outAt);
  if (Number.isNaN(out.getTime())) return null;
  return {
    rentalId,
    kayakId,
    customer: customer?.trim() ?? '',
    outAt: out,
    backAt: backAt ? new Date(backAt) : null,
  };
}

export class RentalLog {
  constructor(private readonly path: string) {}

  async load(): Promise<RentalRecord[]> {
    const rentals: RentalRecord[] = [];
    const rl = createInterface({ input: createReadStream(this.path, 'utf8'), crlfDelay: Infinity });
    let header = true;
    rl.on('line', (line) => {
      if (header) {
        header = false;
        return;
      }
      const record = parseLine(line);
      if (record) rentals.push(record);
    });
    return rentals;
  }

  async overdue(maxHours: number, now = new Date()): Promise<OverdueKayak[]> {
    const rentals = await this.load();
    return rentals
      .filter((r) => r.backAt === null)
      .map((r) => ({
        kayakId: r.kayakId,
        customer: r.customer,
        minutesOverdue: Math.round((now.getTime() - r.outAt.getTime()) / 60_000 - maxHours * 60),
      }))
      .filter((o) => o.minutesOverdue > 0)
      .sort((a, b) => b.minutesOverdue - a.minutesOverdue);
  }
}
