// expect: none
// Pass validity is awaited (one Promise.all for the batch, then await in the single check) before any truthiness test or filter uses it, so every decision is made on real booleans.
export interface SeasonPass {
  passId: string;
  holder: string;
  category: 'adult' | 'youth' | 'senior' | 'staff';
  expiresOn: string;
}

export interface PassRegistry {
  isBlocked(passId: string): Promise<boolean>;
  hasUnpaidRides(passId: string): Promise<boolean>;
  renew(passId: string, season: string): Promise<SeasonPass>;
}

export interface RenewalOutcome {
  renewed: SeasonPass[];
  skipped: Array<{ passId: string; reason: string }>;
}

const PRICES_CHF: Record<SeasonPass['category'], number> = {
  adult: 890,
  youth: 445,
  senior: 670,
  staff: 0,
};

export class SeasonPassRenewals {
  constructor(private readonly registry: PassRegistry) {}

  async eligible(passes: SeasonPass[]): Promise<SeasonPass[]> {
    const blocked = await Promise.all(passes.map((p) => this.registry.isBlocked(p.passId)));
    return passes.filter((_, i) => !blocked[i]);
  }

  async renewAll(passes: SeasonPass[], season: string): Promise<RenewalOutcome> {
    const outcome: RenewalOutcome = { renewed: [], skipped: [] };
    const candidates = await this.eligible(passes);
    const blockedIds = new Set(passes.filter((p) => !candidates.includes(p)).map((p) => p.passId));

    for (const id of blockedIds) {
      outcome.skipped.push({ passId: id, reason: 'blocked' });
    }

    for (const pass of candidates) {
      if (await this.registry.hasUnpaidRides(pass.passId)) {
        outcome.skipped.push({ passId: pass.passId, reason: 'unpaid rides' });
        continue;
      }
      outcome.renewed.push(await this.registry.renew(pass.passId, season));
    }
    return outcome;
  }

  static revenueChf(outcome: RenewalOutcome): number {
    return outcome.renewed.reduce((sum, p) => sum + PRICES_CHF[p.category], 0);
  }

  static expiringBefore(passes: SeasonPass[], isoDate: string): SeasonPass[] {
    return passes.filter((p) => p.expiresOn < isoDate);
  }
}
