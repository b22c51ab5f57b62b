// expect: none
// The loyalty lookup starts early but is wrapped in .then/.catch at once, so it cannot reject unobserved while the other awaits run.
export interface Wristband {
  bandId: string;
  heightCm: number;
  credits: number;
  guardianBandId?: string;
}

export interface Ride {
  rideId: string;
  name: string;
  creditCost: number;
  minHeightCm: number;
  accompaniedBelowCm?: number;
}

export type LoyaltyLookup = { ok: true; tier: 'none' | 'silver' | 'gold' } | { ok: false; reason: string };

declare const bandRegistry: {
  load(bandId: string): Promise<Wristband>;
  debit(bandId: string, credits: number, rideId: string): Promise<number>;
};

declare const loyaltyService: {
  tierFor(bandId: string): Promise<'none' | 'silver' | 'gold'>;
};

declare const rideGate: {
  status(rideId: string): Promise<{ open: boolean; queueMinutes: number }>;
};

const DISCOUNT: Record<'none' | 'silver' | 'gold', number> = { none: 0, silver: 1, gold: 2 };

function lookupLoyalty(bandId: string): Promise<LoyaltyLookup> {
  return loyaltyService.tierFor(bandId).then(
    (tier): LoyaltyLookup => ({ ok: true, tier }),
    (err: unknown): LoyaltyLookup => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }),
  );
}

export interface ScanResult {
  admitted: boolean;
  message: string;
  remainingCredits?: number;
}

export async function scanAtGate(bandId: string, ride: Ride): Promise<ScanResult> {
  const loyalty = lookupLoyalty(bandId);
  const [band, gate] = await Promise.all([bandRegistry.load(bandId), rideGate.status(ride.rideId)]);

  if (!gate.open) return { admitted: false, message: `${ride.name} is closed` };
  if (band.heightCm < ride.minHeightCm) {
    return { admitted: false, message: `must be ${ride.minHeightCm}cm to ride ${ride.name}` };
  }
  if (ride.accompaniedBelowCm && band.heightCm < ride.accompaniedBelowCm && !band.guardianBandId) {
    return { admitted: false, message: `riders under ${ride.accompaniedBelowCm}cm need a linked guardian band` };
  }

  const tier = await loyalty;
  const discount = tier.ok ? DISCOUNT[tier.tier] : 0;
  const cost = Math.max(1, ride.creditCost - discount);
  if (band.credits < cost) {
    return { admitted: false, message: `needs ${cost} credits, band has ${band.credits}` };
  }
  const remainingCredits = await bandRegistry.debit(band.bandId, cost, ride.rideId);
  const note = tier.ok ? '' : ' (loyalty unavailable, full price)';
  return { admitted: true, message: `enjoy ${ride.name}${note}`, remainingCredits };
}

export async function scanGroup(bandIds: string[], ride: Ride): Promise<Map<string, ScanResult>> {
  const results = await Promise.all(bandIds.map((id) => scanAtGate(id, ride)));
  return new Map(bandIds.map((id, i) => [id, results[i]]));
}
