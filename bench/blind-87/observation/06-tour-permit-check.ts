// expect: none
// The permit lookup is started early and may be skipped by the cancelled-tour return, but a no-op catch is attached right away and the later await still sees a rejection; the allSettled results are checked by status.
interface Tour {
  id: string;
  forestId: string;
  cancelled: boolean;
  guests: string[];
}

interface Permit {
  guideId: string;
  forestId: string;
  maxKgPerPerson: number;
  expires: string;
}

declare const permits: { lookup(guideId: string): Promise<Permit[]> };
declare const tours: { get(tourId: string): Promise<Tour> };
declare const waivers: { signed(guestId: string): Promise<boolean> };

export type TourCheck =
  | { tourId: string; status: 'cancelled' }
  | { tourId: string; status: 'blocked'; reasons: string[] }
  | { tourId: string; status: 'ready'; basketLimitKg: number };

export async function prepareTour(tourId: string, guideId: string, today: string): Promise<TourCheck> {
  const permitsP = permits.lookup(guideId);
  // Only open tours need the guide's permits; keep a rejection on the cancelled path from going unheard.
  permitsP.catch(() => {});

  const tour = await tours.get(tourId);
  if (tour.cancelled) return { tourId, status: 'cancelled' };

  const guidePermits = await permitsP;
  const permit = guidePermits.find((p) => p.forestId === tour.forestId && p.expires >= today);

  const waiverResults = await Promise.allSettled(tour.guests.map((g) => waivers.signed(g)));
  const reasons: string[] = [];
  if (!permit) reasons.push(`guide ${guideId} has no valid permit for ${tour.forestId}`);
  waiverResults.forEach((r, i) => {
    if (r.status === 'rejected') {
      reasons.push(`could not check waiver for ${tour.guests[i]}: ${String(r.reason)}`);
    } else if (!r.value) {
      reasons.push(`guest ${tour.guests[i]} has not signed the waiver`);
    }
  });

  if (reasons.length > 0 || !permit) return { tourId, status: 'blocked', reasons };
  return { tourId, status: 'ready', basketLimitKg: permit.maxKgPerPerson * tour.guests.length };
}

export async function morningChecks(
  schedule: Array<{ tourId: string; guideId: string }>,
  today: string,
): Promise<TourCheck[]> {
  const checks: TourCheck[] = [];
  for (const { tourId, guideId } of schedule) {
    checks.push(await prepareTour(tourId, guideId, today));
  }
  return checks;
}
