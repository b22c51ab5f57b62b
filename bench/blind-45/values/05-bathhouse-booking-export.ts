// expect: no-promise-as-value
// toFrontDeskRecord puts the un-awaited lockerFor(...) promise into the payload, so JSON.stringify sends "locker": {} to the front-desk system.
export interface Booking {
  bookingId: string;
  guestName: string;
  partySize: number;
  arrivalSlot: string;
  package: 'day-soak' | 'evening-soak' | 'private-onsen';
  tattooCover: boolean;
  notes?: string;
}

export interface LockerAssignment {
  bank: 'east' | 'west';
  numbers: number[];
  wristbandColour: string;
}

declare const lockerAllocator: {
  reserve(bookingId: string, count: number, bank: 'east' | 'west'): Promise<number[]>;
};

declare const bookingsDb: {
  forDate(isoDate: string): Promise<Booking[]>;
};

declare const frontDeskBaseUrl: string;

const WRISTBAND_BY_PACKAGE: Record<Booking['package'], string> = {
  'day-soak': 'green',
  'evening-soak': 'indigo',
  'private-onsen': 'gold',
};

async function lockerFor(booking: Booking): Promise<LockerAssignment> {
  // Private onsen guests get the quieter east bank near the family baths.
  const bank = booking.package === 'private-onsen' ? 'east' : 'west';
  const numbers = await lockerAllocator.reserve(booking.bookingId, booking.partySize, bank);
  return { bank, numbers, wristbandColour: WRISTBAND_BY_PACKAGE[booking.package] };
}

function towelCount(booking: Booking): number {
  const perGuest = booking.package === 'day-soak' ? 1 : 2;
  return booking.partySize * perGuest;
}

function toFrontDeskRecord(booking: Booking) {
  return {
    ref: booking.bookingId,
    guest: booking.guestName,
    party: booking.partySize,
    slot: booking.arrivalSlot,
    package: booking.package,
    towels: towelCount(booking),
    locker: lockerFor(booking),
    flags: [
      booking.tattooCover ? 'tattoo-cover-patches' : undefined,
      booking.partySize > 6 ? 'group-briefing' : undefined,
    ].filter((f): f is string => f !== undefined),
    notes: booking.notes ?? '',
  };
}

export async function pushArrivalsToFrontDesk(isoDate: string): Promise<number> {
  const bookings = await bookingsDb.forDate(isoDate);
  if (bookings.length === 0) return 0;

  const records = bookings
    .slice()
    .sort((a, b) => a.arrivalSlot.localeCompare(b.arrivalSlot))
    .map(toFrontDeskRecord);

  const res = await fetch(`${frontDeskBaseUrl}/arrivals/${isoDate}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ date: isoDate, arrivals: records }),
  });
  if (!res.ok) {
    throw new Error(`front desk rejected arrivals for ${isoDate}: ${res.status} ${await res.text()}`);
  }
  return records.length;
}
