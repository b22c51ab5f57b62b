// expect: no-floating-promises
// Bug: claims.forEach(async ...) drops each per-claim promise, so a failed assessor call or DB write rejects with no handler and the batch reports success.
import { EventEmitter } from 'node:events';

export interface Claim {
  id: string;
  policyId: string;
  amountCents: number;
  category: 'auto' | 'home' | 'travel';
  submittedAt: Date;
}

export interface Assessment {
  claimId: string;
  decision: 'approve' | 'refer' | 'deny';
  score: number;
}

declare const assessor: {
  score(claim: Claim): Promise<Assessment>;
};

declare const claimsDb: {
  pending(limit: number): Promise<Claim[]>;
  saveAssessment(a: Assessment): Promise<void>;
  markReferred(claimId: string, reason: string): Promise<void>;
};

const AUTO_APPROVE_LIMIT_CENTS = 250_000;

export class ClaimsBatchReviewer extends EventEmitter {
  private running = false;

  constructor(private readonly batchSize = 50) {
    super();
  }

  async reviewPending(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const claims = await claimsDb.pending(this.batchSize);
      if (claims.length === 0) return 0;

      claims.forEach(async (claim) => {
        const assessment = await assessor.score(claim);
        const adjusted = this.applyBusinessRules(claim, assessment);
        await claimsDb.saveAssessment(adjusted);
        if (adjusted.decision === 'refer') {
          await claimsDb.markReferred(claim.id, `score ${adjusted.score.toFixed(2)}`);
        }
        this.emit('assessed', adjusted);
      });

      this.emit('batch', { size: claims.length, at: new Date() });
      return claims.length;
    } finally {
      this.running = false;
    }
  }

  private applyBusinessRules(claim: Claim, a: Assessment): Assessment {
    if (a.decision === 'approve' && claim.amountCents > AUTO_APPROVE_LIMIT_CENTS) {
      return { ...a, decision: 'refer' };
    }
    if (claim.category === 'travel' && ageInDays(claim.submittedAt) > 90) {
      return { ...a, decision: 'deny' };
    }
    return a;
  }
}

function ageInDays(d: Date): number {
  return (Date.now() - d.getTime()) / 86_400_000;
}
