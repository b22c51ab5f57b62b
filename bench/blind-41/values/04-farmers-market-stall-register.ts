// expect: no-promise-as-value
// For hot-food vendors the registration payload nests foodStandards.rating(...) unawaited, so the council receives hygieneRating as {} after JSON encoding.
export interface MarketVendor {
  id: string;
  tradingName: string;
  category: 'produce' | 'bakery' | 'dairy' | 'crafts' | 'hot-food';
  pitch: string;
  usesGas: boolean;
  cardPayments: boolean;
}

interface HygieneRating {
  score: 0 | 1 | 2 | 3 | 4 | 5;
  inspectedOn: string;
}

declare const foodStandards: {
  rating(vendorId: string): Promise<HygieneRating | null>;
};
declare const gasSafety: {
  certificateExpiry(vendorId: string): Promise<string | null>;
};
declare const councilMarkets: {
  submit(marketDay: string, registrations: Array<Record<string, unknown>>): Promise<{ accepted: number; rejected: string[] }>;
};

export async function buildRegistration(vendor: MarketVendor, marketDay: string): Promise<Record<string, unknown>> {
  const registration: Record<string, unknown> = {
    vendorId: vendor.id,
    tradingName: vendor.tradingName.trim(),
    category: vendor.category,
    pitch: vendor.pitch,
    cardPayments: vendor.cardPayments,
  };

  if (vendor.usesGas) {
    const expiry = await gasSafety.certificateExpiry(vendor.id);
    if (!expiry || expiry < marketDay) {
      throw new Error(`${vendor.tradingName} has no valid gas safety certificate for ${marketDay}`);
    }
    registration.gasCertificateExpiry = expiry;
  }

  if (vendor.category === 'hot-food' || vendor.category === 'dairy') {
    registration.hygieneRating = foodStandards.rating(vendor.id);
  }

  return registration;
}

export async function registerMarketDay(
  marketDay: string,
  vendors: MarketVendor[],
): Promise<{ accepted: number; rejected: string[]; blocked: string[] }> {
  const registrations: Array<Record<string, unknown>> = [];
  const blocked: string[] = [];

  const pitches = new Set<string>();
  for (const vendor of vendors) {
    if (pitches.has(vendor.pitch)) {
      blocked.push(`${vendor.id}: pitch ${vendor.pitch} double-booked`);
      continue;
    }
    try {
      registrations.push(await buildRegistration(vendor, marketDay));
      pitches.add(vendor.pitch);
    } catch (err) {
      blocked.push(`${vendor.id}: ${(err as Error).message}`);
    }
  }

  if (registrations.length === 0) return { accepted: 0, rejected: [], blocked };
  const result = await councilMarkets.submit(marketDay, registrations);
  return { ...result, blocked };
}
