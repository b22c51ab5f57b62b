// expect: none
// Every inventory lookup is awaited before it is formatted, compared or defaulted; the .then callbacks only use values available to them.
import { randomUUID } from 'node:crypto';

interface Performance {
  id: string;
  title: string;
  venue: string;
  startsAt: Date;
  capacity: number;
}

interface SeatHold {
  seat: string;
  priceCents: number;
  band: 'stalls' | 'circle' | 'balcony';
}

declare const inventory: {
  performance(id: string): Promise<Performance | undefined>;
  holds(orderId: string): Promise<SeatHold[]>;
  soldCount(performanceId: string): Promise<number>;
  memberDiscount(email: string): Promise<number | null>;
};
declare const mailer: { send(to: string, subject: string, body: string): Promise<void> };
declare const auditLog: { write(entry: Record<string, unknown>): void };

const BOOKING_FEE_CENTS = 150;

function money(cents: number): string {
  return `£${(cents / 100).toFixed(2)}`;
}

export async function seatsRemaining(performanceId: string): Promise<number> {
  const performance = await inventory.performance(performanceId);
  if (!performance) return 0;
  const sold = await inventory.soldCount(performanceId);
  return sold >= performance.capacity ? 0 : performance.capacity - sold;
}

export async function issueReceipt(orderId: string, performanceId: string, email: string): Promise<string> {
  const performance = await inventory.performance(performanceId);
  if (!performance) throw new Error(`Unknown performance ${performanceId}`);

  const holds = await inventory.holds(orderId);
  if (holds.length === 0) throw new Error(`Order ${orderId} has no seats held`);

  const discount = (await inventory.memberDiscount(email)) ?? 0;
  const subtotal = holds.reduce((sum, h) => sum + h.priceCents, 0);
  const total = Math.max(0, subtotal - discount) + BOOKING_FEE_CENTS;
  const receiptNo = randomUUID().slice(0, 8).toUpperCase();

  const lines = [
    `Receipt ${receiptNo}`,
    `${performance.title} - ${performance.venue}`,
    performance.startsAt.toLocaleString('en-GB', { dateStyle: 'full', timeStyle: 'short' }),
    '',
    ...holds.map((h) => `${h.seat.padEnd(6)} ${h.band.padEnd(8)} ${money(h.priceCents)}`),
  ];
  if (discount > 0) lines.push(`Member discount  -${money(discount)}`);
  lines.push(`Booking fee      ${money(BOOKING_FEE_CENTS)}`);
  lines.push(`Total            ${money(total)}`);

  const body = lines.join('\n');

  // the receipt is shown on screen straight away; email delivery can lag behind
  mailer
    .send(email, `Your tickets for ${performance.title}`, body)
    .then(() => auditLog.write({ orderId, receiptNo, emailed: true }))
    .catch((err: unknown) => auditLog.write({ orderId, receiptNo, emailed: false, error: String(err) }));

  seatsRemaining(performanceId)
    .then((left) => {
      if (left < 10) auditLog.write({ performanceId, lowAvailability: left });
    })
    .catch(() => undefined);

  return body;
}
