// expect: no-unobserved-promise
// All slot reservations are pushed into an array, but the loop throws on the first unconfirmed slot and the remaining reservations are never observed.
export interface PickupSite {
  siteId: string;
  kind: 'cafe' | 'school' | 'allotment' | 'household';
  binsFull: number;
  postcode: string;
}

export interface ReservedSlot {
  siteId: string;
  confirmed: boolean;
  window?: { from: string; to: string };
  refusal?: string;
}

declare const haulier: {
  reserve(siteId: string, day: string, bins: number): Promise<ReservedSlot>;
  cancel(siteId: string, day: string): Promise<void>;
};

declare const customerNotices: {
  send(siteId: string, text: string): Promise<void>;
};

const MIN_BINS_FOR_PICKUP: Record<PickupSite['kind'], number> = {
  cafe: 2,
  school: 3,
  allotment: 4,
  household: 1,
};

function postcodeArea(postcode: string): string {
  return postcode.trim().toUpperCase().split(' ')[0];
}

export function groupByArea(sites: PickupSite[]): Map<string, PickupSite[]> {
  const groups = new Map<string, PickupSite[]>();
  for (const site of sites) {
    const area = postcodeArea(site.postcode);
    const list = groups.get(area) ?? [];
    list.push(site);
    groups.set(area, list);
  }
  return groups;
}

export async function bookAreaRound(day: string, sites: PickupSite[]): Promise<ReservedSlot[]> {
  const reservations: Promise<ReservedSlot>[] = [];
  for (const site of sites) {
    if (site.binsFull < MIN_BINS_FOR_PICKUP[site.kind]) continue;
    reservations.push(haulier.reserve(site.siteId, day, site.binsFull));
  }

  const booked: ReservedSlot[] = [];
  for (const reservation of reservations) {
    const slot = await reservation;
    if (!slot.confirmed) {
      await Promise.all(booked.map((b) => haulier.cancel(b.siteId, day)));
      throw new Error(`haulier refused ${slot.siteId}: ${slot.refusal ?? 'no reason'}; round for ${day} cancelled`);
    }
    booked.push(slot);
  }

  for (const slot of booked) {
    if (slot.window) {
      await customerNotices.send(slot.siteId, `Compost pickup on ${day} between ${slot.window.from} and ${slot.window.to}`);
    }
  }
  return booked;
}

export async function bookDay(day: string, sites: PickupSite[]): Promise<Record<string, number>> {
  const perArea: Record<string, number> = {};
  for (const [area, list] of groupByArea(sites)) {
    const booked = await bookAreaRound(day, list);
    perArea[area] = booked.length;
  }
  return perArea;
}
