// expect: no-read-before-settle
// quoteGroupTour sets galeClosure inside a .then callback but reads it synchronously when filtering slots, before the lookup can have settled.
export interface TourSlot {
  slotId: string;
  startsAt: string;
  indoorOnly: boolean;
  seatsLeft: number;
}

export interface GroupRequest {
  lighthouse: string;
  date: string;
  partySize: number;
  includesChildren: boolean;
  schoolGroup: boolean;
}

export interface GroupQuote {
  lighthouse: string;
  date: string;
  slots: TourSlot[];
  pricePerHead: number;
  total: number;
  notes: string[];
}

declare const marine: {
  galeWarning(lighthouse: string, date: string): Promise<{ active: boolean; beaufort: number }>;
};

declare const schedule: {
  slotsFor(lighthouse: string, date: string): TourSlot[];
};

declare const pricing: {
  adultPrice(lighthouse: string): Promise<number>;
};

const SCHOOL_DISCOUNT = 0.35;
const GROUP_DISCOUNT = 0.1;

function discountFor(request: GroupRequest): number {
  if (request.schoolGroup) return SCHOOL_DISCOUNT;
  return request.partySize >= 10 ? GROUP_DISCOUNT : 0;
}

export async function quoteGroupTour(request: GroupRequest): Promise<GroupQuote> {
  const notes: string[] = [];
  const candidates = schedule.slotsFor(request.lighthouse, request.date).filter((s) => s.seatsLeft >= request.partySize);

  let galeClosure = false;
  const galeCheck = marine.galeWarning(request.lighthouse, request.date).then((w) => {
    galeClosure = w.active && w.beaufort >= 8;
  });

  // In a gale the gallery walk is closed and only the indoor keeper's-cottage tour runs.
  const slots = candidates.filter((s) => !galeClosure || s.indoorOnly);

  const [adult] = await Promise.all([pricing.adultPrice(request.lighthouse), galeCheck]);

  if (galeClosure) notes.push('Gale warning: gallery walk closed, cottage tour only.');
  if (request.includesChildren) notes.push('Children must be accompanied on the spiral stair.');
  if (slots.length === 0) notes.push('No single slot fits the whole party; consider splitting the group.');

  const pricePerHead = Math.round(adult * (1 - discountFor(request)) * 100) / 100;
  return {
    lighthouse: request.lighthouse,
    date: request.date,
    slots,
    pricePerHead,
    total: Math.round(pricePerHead * request.partySize * 100) / 100,
    notes,
  };
}

export function cheapestSeason(quotes: GroupQuote[]): GroupQuote | undefined {
  return quotes
    .filter((q) => q.slots.length > 0)
    .sort((a, b) => a.total - b.total || a.date.localeCompare(b.date))[0];
}
