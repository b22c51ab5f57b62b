// expect: none
// Every comparison, ===, truthiness test and JSON payload uses awaited values; no promise is ever inspected or serialised directly.
export interface LaneBooking {
  bookingId: string;
  lane: number;
  memberId: string;
  distanceMetres: 18 | 30 | 50 | 70;
  startsAt: string;
  bowType: 'recurve' | 'compound' | 'barebow' | 'longbow';
}

export interface Member {
  id: string;
  name: string;
  email: string;
  safetyInducted: boolean;
  handicap: number | null;
}

declare const rangeDb: {
  laneIsFree(lane: number, startsAt: string): Promise<boolean>;
  member(id: string): Promise<Member | null>;
  laneMaxDistance(lane: number): Promise<number>;
  saveBooking(b: LaneBooking): Promise<{ bookingId: string }>;
};

declare const clubMailer: {
  send(payload: string): Promise<void>;
};

export type BookingOutcome =
  | { ok: true; bookingId: string }
  | { ok: false; reason: 'lane-taken' | 'not-inducted' | 'unknown-member' | 'too-far' };

export async function bookLane(request: Omit<LaneBooking, 'bookingId'>): Promise<BookingOutcome> {
  const member = await rangeDb.member(request.memberId);
  if (!member) return { ok: false, reason: 'unknown-member' };
  if (member.safetyInducted === false) return { ok: false, reason: 'not-inducted' };

  if (!(await rangeDb.laneIsFree(request.lane, request.startsAt))) {
    return { ok: false, reason: 'lane-taken' };
  }

  const maxDistance = await rangeDb.laneMaxDistance(request.lane);
  if (request.distanceMetres > maxDistance) return { ok: false, reason: 'too-far' };

  const { bookingId } = await rangeDb.saveBooking({ ...request, bookingId: '' });
  const handicapNote = member.handicap ?? 'not yet rated';
  await clubMailer.send(
    JSON.stringify({
      to: member.email,
      template: 'lane-confirmed',
      data: {
        name: member.name,
        lane: request.lane,
        distance: `${request.distanceMetres} m`,
        startsAt: request.startsAt,
        handicap: handicapNote,
        bookingId,
      },
    }),
  );
  return { ok: true, bookingId };
}

export async function bookFirstFreeLane(
  lanes: number[],
  request: Omit<LaneBooking, 'bookingId' | 'lane'>,
): Promise<BookingOutcome> {
  let last: BookingOutcome = { ok: false, reason: 'lane-taken' };
  for (const lane of lanes) {
    const outcome = await bookLane({ ...request, lane });
    if (outcome.ok === true) return outcome;
    if (outcome.reason !== 'lane-taken' && outcome.reason !== 'too-far') return outcome;
    last = outcome;
  }
  return last;
}

export function shootingOrder(bookings: LaneBooking[]): LaneBooking[] {
  // Longbows shoot first on mixed lines so compound archers are not waiting on slow retrieval.
  const rank = { longbow: 0, barebow: 1, recurve: 2, compound: 3 } as const;
  return [...bookings].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || rank[a.bowType] - rank[b.bowType]);
}
