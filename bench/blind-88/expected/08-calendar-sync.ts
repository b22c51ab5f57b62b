// expect: no-reused-settled-promise
// withRetries re-attaches .catch() to the same request promise it was given on each retry, so after a failed calendar push it just sees the same rejection again instead of sending the booking again.
export interface FarrierBooking {
  bookingId: string;
  horse: string;
  yard: string;
  start: string;
  durationMin: number;
  work: 'shoeing' | 'trim' | 'remedial';
}

interface CalendarEvent {
  id: string;
  etag: string;
}

declare const calendar: {
  upsert(calendarId: string, event: { externalId: string; title: string; start: string; end: string; location: string }): Promise<CalendarEvent>;
  remove(calendarId: string, externalId: string): Promise<void>;
};
declare const log: { warn(msg: string): void };

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function withRetries<T>(request: Promise<T>, label: string, retries = 3, backoffMs = 1_000): Promise<T> {
  return request.catch(async (err: unknown) => {
    if (retries <= 0) throw err;
    log.warn(`${label}: ${String(err)}; retrying in ${backoffMs}ms (${retries} left)`);
    await delay(backoffMs);
    return withRetries(request, label, retries - 1, backoffMs * 2);
  });
}

function toEvent(b: FarrierBooking) {
  const start = new Date(b.start);
  const end = new Date(start.getTime() + b.durationMin * 60_000);
  return {
    externalId: b.bookingId,
    title: `${b.work === 'remedial' ? 'Remedial: ' : ''}${b.horse} (${b.work})`,
    start: start.toISOString(),
    end: end.toISOString(),
    location: b.yard,
  };
}

export async function pushBookings(calendarId: string, bookings: FarrierBooking[]) {
  const synced: string[] = [];
  const failed: Array<{ bookingId: string; error: string }> = [];

  for (const booking of bookings) {
    try {
      const event = await withRetries(calendar.upsert(calendarId, toEvent(booking)), `booking ${booking.bookingId}`);
      synced.push(`${booking.bookingId}@${event.etag}`);
    } catch (err) {
      failed.push({ bookingId: booking.bookingId, error: String(err) });
    }
  }
  return { synced, failed };
}

export async function cancelBooking(calendarId: string, bookingId: string): Promise<void> {
  await withRetries(calendar.remove(calendarId, bookingId), `cancel ${bookingId}`, 2);
}
