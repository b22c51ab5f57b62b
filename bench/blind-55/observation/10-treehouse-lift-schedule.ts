// expect: none
// Correct: the schedule prefetch is started early but immediately wrapped with .then(ok, err) into a result that never rejects, so awaiting it after other awaits is safe.
export interface LiftSlot {
  liftId: string;
  departsAt: string;
  fromPlatform: number;
  toPlatform: number;
  seatsLeft: number;
}

export interface GuestBooking {
  bookingId: string;
  suite: string;
  guests: number;
  mobilityAssist: boolean;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; error: unknown };

declare const liftOps: {
  schedule(date: string): Promise<LiftSlot[]>;
  reserveSeats(liftId: string, departsAt: string, seats: number): Promise<string>;
};
declare const bookings: {
  find(bookingId: string): Promise<GuestBooking>;
  suitePlatform(suite: string): Promise<number>;
};
declare const frontDesk: { notify(bookingId: string, message: string): Promise<void> };

function settleToResult<T>(promise: Promise<T>): Promise<Loaded<T>> {
  return promise.then(
    (value): Loaded<T> => ({ ok: true, value }),
    (error: unknown): Loaded<T> => ({ ok: false, error }),
  );
}

function pickSlot(slots: LiftSlot[], platform: number, guests: number, after: string): LiftSlot | undefined {
  return slots
    .filter((s) => s.toPlatform === platform && s.seatsLeft >= guests && s.departsAt >= after)
    .sort((a, b) => a.departsAt.localeCompare(b.departsAt))[0];
}

export async function arrangeArrivalLift(bookingId: string, date: string, after: string): Promise<string | null> {
  const scheduleLoad = settleToResult(liftOps.schedule(date));

  const booking = await bookings.find(bookingId);
  const platform = await bookings.suitePlatform(booking.suite);

  const schedule = await scheduleLoad;
  if (!schedule.ok) {
    await frontDesk.notify(bookingId, "Lift schedule unavailable — staff will escort you up.");
    return null;
  }

  const seats = booking.mobilityAssist ? booking.guests + 1 : booking.guests;
  const slot = pickSlot(schedule.value, platform, seats, after);
  if (!slot) {
    await frontDesk.notify(bookingId, `No lift to platform ${platform} after ${after}.`);
    return null;
  }

  const ticket = await liftOps.reserveSeats(slot.liftId, slot.departsAt, seats);
  await frontDesk.notify(bookingId, `Lift ${slot.liftId} departs ${slot.departsAt}, ticket ${ticket}.`);
  return ticket;
}
