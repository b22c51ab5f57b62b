// expect: no-reused-settled-promise
// The poll loop re-awaits the single status request made before the loop, so every iteration sees the same settled 'pending' answer and the booking is never seen as confirmed.
import { setTimeout as sleep } from 'node:timers/promises';

export type BookingState = 'pending' | 'confirmed' | 'waitlisted' | 'refused';

export interface BookingStatus {
  bookingId: string;
  state: BookingState;
  warden?: string;
  updatedAt: string;
}

export interface HutReservationApi {
  submit(hut: string, night: string, guests: number): Promise<{ bookingId: string }>;
  status(bookingId: string): Promise<BookingStatus>;
}

export class BookingTimeout extends Error {
  constructor(bookingId: string, waitedMs: number) {
    super(`booking ${bookingId} still pending after ${Math.round(waitedMs / 1000)}s`);
    this.name = 'BookingTimeout';
  }
}

export async function waitForWarden(
  api: HutReservationApi,
  bookingId: string,
  { intervalMs = 15_000, maxPolls = 40 }: { intervalMs?: number; maxPolls?: number } = {},
): Promise<BookingStatus> {
  const started = Date.now();
  const statusRequest = api.status(bookingId);

  for (let poll = 1; poll <= maxPolls; poll++) {
    const status = await statusRequest;
    if (status.state !== 'pending') {
      return status;
    }
    if (poll < maxPolls) {
      await sleep(Math.min(intervalMs * poll, 120_000));
    }
  }
  throw new BookingTimeout(bookingId, Date.now() - started);
}

export async function reserveHut(
  api: HutReservationApi,
  hut: string,
  night: string,
  guests: number,
): Promise<string> {
  const { bookingId } = await api.submit(hut, night, guests);
  const status = await waitForWarden(api, bookingId);
  switch (status.state) {
    case 'confirmed':
      return `Confirmed ${hut} on ${night} for ${guests} (warden ${status.warden ?? 'n/a'})`;
    case 'waitlisted':
      return `Waitlisted at ${hut} on ${night}; you will be contacted`;
    case 'refused':
      return `${hut} refused the booking for ${night}`;
    default:
      return `Unexpected state ${status.state}`;
  }
}
