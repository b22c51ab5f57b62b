// expect: no-reused-settled-promise
// The polling loop re-awaits the single statusCheck promise created before the loop, so it never asks the ticketing service again and sees 'pending' forever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type BookingState = 'pending' | 'confirmed' | 'waitlisted' | 'rejected';

interface BookingStatus {
  reference: string;
  state: BookingState;
  vehicleLane?: string;
  sailing: string;
}

interface BookingRequest {
  route: string;
  sailing: string;
  passengers: number;
  vehicle?: { registration: string; lengthMetres: number };
}

declare const ticketing: {
  createBooking(req: BookingRequest): Promise<{ reference: string }>;
  fetchBookingStatus(reference: string): Promise<BookingStatus>;
  cancelBooking(reference: string): Promise<void>;
};

const POLL_INTERVAL_MS = 250;
const MAX_POLLS = 20;

async function bookAndAwaitDecision(req: BookingRequest): Promise<BookingStatus> {
  const booking = await ticketing.createBooking(req);
  const statusCheck = ticketing.fetchBookingStatus(booking.reference);

  let status: BookingStatus | undefined;
  for (let attempt = 0; attempt < MAX_POLLS; attempt++) {
    status = await statusCheck;
    if (status.state !== 'pending') break;
    await sleep(POLL_INTERVAL_MS);
  }

  assert.ok(status, 'no status returned');
  return status;
}

test('foot passengers are confirmed on a sailing with space', async (t) => {
  const status = await bookAndAwaitDecision({ route: 'ULP-TRB', sailing: '2025-06-14T07:40', passengers: 2 });
  t.after(() => ticketing.cancelBooking(status.reference));

  assert.equal(status.state, 'confirmed');
  assert.equal(status.vehicleLane, undefined);
});

test('vehicles are assigned a lane once confirmed', async (t) => {
  const status = await bookAndAwaitDecision({
    route: 'ULP-TRB',
    sailing: '2025-06-14T07:40',
    passengers: 1,
    vehicle: { registration: 'SK21 HFE', lengthMetres: 4.6 },
  });
  t.after(() => ticketing.cancelBooking(status.reference));

  assert.equal(status.state, 'confirmed');
  assert.match(status.vehicleLane ?? '', /^[A-F]\d{1,2}$/);
});

test('oversized vehicles on a full deck are waitlisted', async (t) => {
  const status = await bookAndAwaitDecision({
    route: 'ULP-TRB',
    sailing: '2025-06-14T18:10',
    passengers: 1,
    vehicle: { registration: 'MX70 KLB', lengthMetres: 11.8 },
  });
  t.after(() => ticketing.cancelBooking(status.reference));

  assert.equal(status.state, 'waitlisted');
});
