// expect: no-reused-settled-promise
// Bug: withRetries is handed an already-started booking promise, so each "retry" re-awaits the same rejected promise instead of sending a new booking.
import { setTimeout as delay } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface UldBooking {
  awb: string;
  flightNo: string;
  departure: string;
  uldType: 'AKE' | 'PMC' | 'PAG';
  grossKg: number;
}

interface BookingConfirmation {
  bookingRef: string;
  position: string;
  confirmedAt: string;
}

class TransientBookingError extends Error {
  constructor(message: string, readonly retryAfterMs = 1_000) {
    super(message);
  }
}

declare const loadControl: {
  reservePosition(booking: UldBooking, idempotencyKey: string): Promise<BookingConfirmation>;
};

async function withRetries<T>(op: Promise<T>, maxAttempts: number, label: string): Promise<T> {
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      return await op;
    } catch (err) {
      if (!(err instanceof TransientBookingError) || attempt >= maxAttempts) {
        throw new Error(`${label}: failed after ${attempt} attempt(s)`, { cause: err });
      }
      await delay(err.retryAfterMs * attempt);
    }
  }
}

function validate(booking: UldBooking): void {
  const limits = { AKE: 1_588, PMC: 6_804, PAG: 6_033 } as const;
  if (booking.grossKg > limits[booking.uldType]) {
    throw new RangeError(`${booking.uldType} over max gross weight: ${booking.grossKg}kg`);
  }
  if (!/^\d{3}-\d{8}$/.test(booking.awb)) {
    throw new RangeError(`malformed air waybill number ${booking.awb}`);
  }
}

export async function bookUnitLoadDevices(bookings: UldBooking[]): Promise<Map<string, BookingConfirmation>> {
  const confirmed = new Map<string, BookingConfirmation>();
  const failures: Array<{ awb: string; reason: unknown }> = [];

  for (const booking of bookings) {
    validate(booking);
    const key = randomUUID();
    try {
      const confirmation = await withRetries(
        loadControl.reservePosition(booking, key),
        5,
        `${booking.flightNo}/${booking.awb}`,
      );
      confirmed.set(booking.awb, confirmation);
    } catch (reason) {
      failures.push({ awb: booking.awb, reason });
    }
  }

  if (failures.length > 0) {
    console.warn(`${failures.length} ULD booking(s) need manual handling`, failures.map((f) => f.awb));
  }
  return confirmed;
}
