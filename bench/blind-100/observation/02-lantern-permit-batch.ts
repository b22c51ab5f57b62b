// expect: none
// The async map over permit applications is passed straight to Promise.all and awaited, so every check is observed and a failing registry lookup rejects processBatch instead of floating.
export interface PermitApplication {
  applicantId: string;
  stallName: string;
  lanternCount: number;
  usesOpenFlame: boolean;
}

export interface PermitDecision {
  applicantId: string;
  approved: boolean;
  reason?: string;
}

export interface FireRegistry {
  hasValidCertificate(applicantId: string): Promise<boolean>;
}

export interface PermitLedger {
  record(decision: PermitDecision): Promise<void>;
}

const MAX_LANTERNS_PER_STALL = 120;

export class PermitDesk {
  constructor(
    private readonly registry: FireRegistry,
    private readonly ledger: PermitLedger,
  ) {}

  private async decide(app: PermitApplication): Promise<PermitDecision> {
    if (app.lanternCount > MAX_LANTERNS_PER_STALL) {
      return { applicantId: app.applicantId, approved: false, reason: 'too many lanterns for one stall' };
    }
    if (app.usesOpenFlame) {
      const certified = await this.registry.hasValidCertificate(app.applicantId);
      if (!certified) {
        return { applicantId: app.applicantId, approved: false, reason: 'open flame without fire certificate' };
      }
    }
    return { applicantId: app.applicantId, approved: true };
  }

  async processBatch(apps: PermitApplication[]): Promise<PermitDecision[]> {
    const decisions = await Promise.all(
      apps.map(async (app) => {
        const decision = await this.decide(app);
        await this.ledger.record(decision);
        return decision;
      }),
    );
    return decisions.sort((a, b) => Number(b.approved) - Number(a.approved));
  }

  static summarize(decisions: PermitDecision[]): string {
    const approved = decisions.filter((d) => d.approved).length;
    const reasons = new Map<string, number>();
    for (const d of decisions) {
      if (d.reason) reasons.set(d.reason, (reasons.get(d.reason) ?? 0) + 1);
    }
    const detail = [...reasons].map(([r, n]) => `${n}× ${r}`).join(', ');
    return `${approved}/${decisions.length} stalls approved${detail ? ` (${detail})` : ''}`;
  }
}
