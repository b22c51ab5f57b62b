// expect: no-multiple-settle
// When the client decides in time the decision handler resolves but never clears the deadline timer, so the timer still fires and calls reject on the settled promise (and keeps the process alive until then).
export type DecisionKind = 'approved' | 'changes-requested';

export interface DesignDecision {
  commissionId: string;
  kind: DecisionKind;
  notes?: string;
  decidedBy: string;
}

export interface ClientPortal {
  on(event: 'decision', listener: (d: DesignDecision) => void): void;
  off(event: 'decision', listener: (d: DesignDecision) => void): void;
  publishProof(commissionId: string, proofUrl: string): void;
}

export class ApprovalTimeoutError extends Error {
  constructor(readonly commissionId: string, readonly waitedMs: number) {
    super(`commission ${commissionId}: no decision after ${Math.round(waitedMs / 3_600_000)}h`);
    this.name = 'ApprovalTimeoutError';
  }
}

export class ProofReview {
  constructor(
    private readonly portal: ClientPortal,
    private readonly defaultWaitMs = 72 * 3_600_000,
  ) {}

  waitForDecision(commissionId: string, waitMs = this.defaultWaitMs): Promise<DesignDecision> {
    return new Promise<DesignDecision>((resolve, reject) => {
      const deadline = setTimeout(() => {
        this.portal.off('decision', onDecision);
        reject(new ApprovalTimeoutError(commissionId, waitMs));
      }, waitMs);

      const onDecision = (decision: DesignDecision) => {
        if (decision.commissionId !== commissionId) return;
        this.portal.off('decision', onDecision);
        resolve(decision);
      };

      this.portal.on('decision', onDecision);
    });
  }

  async submitProof(commissionId: string, proofUrl: string): Promise<DesignDecision> {
    this.portal.publishProof(commissionId, proofUrl);
    return await this.waitForDecision(commissionId);
  }
}

export function summarize(decision: DesignDecision): string {
  const verdict = decision.kind === 'approved' ? 'approved for cutting' : 'sent back to the studio';
  const notes = decision.notes ? ` — "${decision.notes}"` : '';
  return `Commission ${decision.commissionId} ${verdict} by ${decision.decidedBy}${notes}`;
}
