// expect: no-unobserved-promise
// The insurance check is started before several other awaits and only awaited at the end, so if it rejects early nothing is attached to it yet.
export interface HireBooking {
  bookingId: string;
  boatName: string;
  hirerName: string;
  licenceNumber?: string;
  startDate: string;
  nights: number;
  crew: number;
}

export interface CheckInPack {
  bookingId: string;
  berth: string;
  fuelLevelPct: number;
  policyNumber: string;
  handoverSlot: string;
}

declare const bookings: {
  get(bookingId: string): Promise<HireBooking>;
};

declare const insurer: {
  confirmCover(bookingId: string, hirerName: string, crew: number): Promise<{ policyNumber: string }>;
};

declare const marina: {
  inspectBoat(boatName: string): Promise<{ fuelLevelPct: number; berth: string; defects: string[] }>;
  nextHandoverSlot(date: string): Promise<string>;
};

declare const waterways: {
  validateLicence(licenceNumber: string): Promise<boolean>;
};

const MAX_CREW_BY_CLASS: Record<string, number> = {
  narrowboat: 6,
  'wide-beam': 10,
  cruiser: 4,
};

function boatClass(boatName: string): string {
  if (boatName.startsWith('NB ')) return 'narrowboat';
  if (boatName.startsWith('WB ')) return 'wide-beam';
  return 'cruiser';
}

export async function prepareCheckIn(bookingId: string): Promise<CheckInPack> {
  const booking = await bookings.get(bookingId);
  const cover = insurer.confirmCover(booking.bookingId, booking.hirerName, booking.crew);

  const limit = MAX_CREW_BY_CLASS[boatClass(booking.boatName)] ?? 4;
  if (booking.crew > limit) {
    throw new Error(`${booking.boatName} sleeps ${limit}; booking has ${booking.crew} crew`);
  }

  if (booking.licenceNumber) {
    const ok = await waterways.validateLicence(booking.licenceNumber);
    if (!ok) {
      throw new Error(`Waterways licence ${booking.licenceNumber} is not valid`);
    }
  }

  const inspection = await marina.inspectBoat(booking.boatName);
  if (inspection.defects.length > 0) {
    throw new Error(`${booking.boatName} has open defects: ${inspection.defects.join('; ')}`);
  }
  if (inspection.fuelLevelPct < 75) {
    throw new Error(`${booking.boatName} needs refuelling before handover`);
  }

  const handoverSlot = await marina.nextHandoverSlot(booking.startDate);
  const { policyNumber } = await cover;

  return {
    bookingId,
    berth: inspection.berth,
    fuelLevelPct: inspection.fuelLevelPct,
    policyNumber,
    handoverSlot,
  };
}

export function handoverNote(pack: CheckInPack, booking: HireBooking): string {
  return [
    `Booking ${pack.bookingId} — ${booking.boatName}`,
    `Hirer: ${booking.hirerName}, ${booking.crew} aboard for ${booking.nights} nights`,
    `Berth ${pack.berth}, fuel ${pack.fuelLevelPct}%`,
    `Insurance policy ${pack.policyNumber}`,
    `Handover at ${pack.handoverSlot}`,
  ].join('\n');
}
