// expect: no-promise-as-value
// The adjuster name lookup is async but its promise is interpolated into the audit note instead of the resolved name.
import { randomUUID } from 'node:crypto';

interface Claim {
  id: string;
  policyNumber: string;
  region: string;
  amountCents: number;
  notes: string[];
  adjusterId?: string;
}

interface Adjuster {
  id: string;
  displayName: string;
  region: string;
  openClaims: number;
}

declare const adjusterDirectory: {
  listByRegion(region: string): Promise<Adjuster[]>;
  getDisplayName(adjusterId: string): Promise<string>;
};

declare const claimsStore: {
  save(claim: Claim): Promise<void>;
};

const HIGH_VALUE_THRESHOLD_CENTS = 2_500_000;

function pickAdjuster(candidates: Adjuster[], claim: Claim): Adjuster | undefined {
  // Senior adjusters carry fewer claims, so prefer the least-loaded for large amounts
  const sorted = [...candidates].sort((a, b) => a.openClaims - b.openClaims);
  if (claim.amountCents >= HIGH_VALUE_THRESHOLD_CENTS) {
    return sorted[0];
  }
  return sorted.find((a) => a.openClaims < 40) ?? sorted[0];
}

export class ClaimAssignmentService {
  private readonly history = new Map<string, string[]>();

  async assign(claim: Claim): Promise<Claim> {
    const candidates = await adjusterDirectory.listByRegion(claim.region);
    const chosen = pickAdjuster(candidates, claim);
    if (!chosen) {
      claim.notes.push(`No adjuster available in ${claim.region}; queued for manual triage`);
      await claimsStore.save(claim);
      return claim;
    }

    const previous = this.history.get(claim.id) ?? [];
    this.history.set(claim.id, [...previous, chosen.id]);

    claim.adjusterId = chosen.id;
    const adjusterName = adjusterDirectory.getDisplayName(chosen.id);
    claim.notes.push(`[${new Date().toISOString()}] Assigned to ${adjusterName} (ref ${randomUUID().slice(0, 8)})`);

    await claimsStore.save(claim);
    return claim;
  }

  reassignmentCount(claimId: string): number {
    const entries = this.history.get(claimId);
    return entries ? Math.max(0, entries.length - 1) : 0;
  }
}
