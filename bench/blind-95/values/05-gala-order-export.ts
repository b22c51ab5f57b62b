// expect: none
// The seat-price lookups and patron profile are awaited before they go into JSON.stringify, the ?? default and the comparison, so the exported order holds real values, not Promise objects.
import { writeFile } from 'node:fs/promises';

export interface Patron {
  id: string;
  name: string;
  membershipTier: 'none' | 'friend' | 'patron' | 'benefactor';
  preferredLanguage?: string;
}

export interface PricingService {
  seatPrice(performanceId: string, seat: string): Promise<number>;
  memberDiscount(tier: Patron['membershipTier']): Promise<number | null>;
}

export interface PatronDirectory {
  find(id: string): Promise<Patron | undefined>;
}

export interface GalaOrder {
  performanceId: string;
  patronId: string;
  seats: string[];
}

export async function exportGalaOrder(
  order: GalaOrder,
  pricing: PricingService,
  patrons: PatronDirectory,
  outDir: string,
): Promise<string> {
  const patron = await patrons.find(order.patronId);
  if (!patron) throw new Error(`unknown patron ${order.patronId}`);

  const prices = await Promise.all(order.seats.map((seat) => pricing.seatPrice(order.performanceId, seat)));
  const discount = (await pricing.memberDiscount(patron.membershipTier)) ?? 0;

  const subtotal = prices.reduce((sum, p) => sum + p, 0);
  const total = Math.round(subtotal * (1 - discount));
  const complimentary = total === 0;

  const document = {
    performanceId: order.performanceId,
    patron: { id: patron.id, name: patron.name, tier: patron.membershipTier },
    language: patron.preferredLanguage ?? 'it',
    lines: order.seats.map((seat, i) => ({ seat, cents: prices[i] })),
    discount,
    totalCents: total,
    complimentary,
    exportedAt: new Date().toISOString(),
  };

  const path = `${outDir}/${order.performanceId}-${order.patronId}.json`;
  await writeFile(path, JSON.stringify(document, null, 2), 'utf8');
  return path;
}
