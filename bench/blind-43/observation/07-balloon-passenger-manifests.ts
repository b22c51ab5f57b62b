// expect: no-unobserved-promise
// All submissions start at once but are awaited one by one, so the throw on a refused manifest leaves the later submissions unobserved.
export interface Passenger {
  name: string;
  weightKg: number;
  dateOfBirth: string;
}

export interface FlightManifest {
  flightId: string;
  basket: string;
  pilotLicence: string;
  passengers: Passenger[];
  launchSite: string;
  plannedLaunch: Date;
}

export interface Receipt {
  flightId: string;
  status: 'accepted' | 'refused';
  reference?: string;
  reason?: string;
}

declare const aviationAuthority: {
  submitManifest(manifest: FlightManifest): Promise<Receipt>;
};
declare const opsBoard: {
  markCleared(flightId: string, reference: string): Promise<void>;
};

export class ManifestRefused extends Error {
  constructor(readonly flightId: string, readonly reason: string) {
    super(`manifest for ${flightId} refused: ${reason}`);
    this.name = 'ManifestRefused';
  }
}

const MAX_BASKET_LOAD_KG: Record<string, number> = {
  'C-60': 520,
  'C-90': 780,
  'C-120': 1040,
};

export function basketLoad(manifest: FlightManifest, pilotKg = 85): number {
  return manifest.passengers.reduce((sum, p) => sum + p.weightKg, pilotKg);
}

export function validateManifest(manifest: FlightManifest): string[] {
  const problems: string[] = [];
  const limit = MAX_BASKET_LOAD_KG[manifest.basket];
  if (!limit) problems.push(`unknown basket ${manifest.basket}`);
  else if (basketLoad(manifest) > limit) problems.push(`load ${basketLoad(manifest)}kg exceeds ${limit}kg`);
  if (manifest.passengers.length === 0) problems.push('no passengers listed');
  return problems;
}

export async function fileMorningManifests(manifests: FlightManifest[]): Promise<Receipt[]> {
  const valid = manifests.filter((m) => validateManifest(m).length === 0);
  const submissions = valid.map((m) => aviationAuthority.submitManifest(m));

  const receipts: Receipt[] = [];
  for (const [i, submission] of submissions.entries()) {
    const receipt = await submission;
    if (receipt.status === 'refused') {
      throw new ManifestRefused(valid[i].flightId, receipt.reason ?? 'no reason given');
    }
    await opsBoard.markCleared(receipt.flightId, receipt.reference ?? 'n/a');
    receipts.push(receipt);
  }
  return receipts;
}
