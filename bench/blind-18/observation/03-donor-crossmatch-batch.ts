// expect: none
// Correct: Promise.allSettled results are split by status and every rejected crossmatch is logged and queued for retry.
export interface Recipient {
  id: string;
  bloodGroup: 'O' | 'A' | 'B' | 'AB';
  hlaTyping: string[];
  urgency: 1 | 2 | 3;
}

export interface Donor {
  id: string;
  bloodGroup: Recipient['bloodGroup'];
  hlaTyping: string[];
  organ: 'kidney' | 'liver' | 'heart' | 'lung';
}

export interface CrossmatchResult {
  recipientId: string;
  positive: boolean;
  mismatches: number;
}

declare const lab: {
  virtualCrossmatch(donor: Donor, recipient: Recipient, signal: AbortSignal): Promise<CrossmatchResult>;
};

declare const retryQueue: {
  push(job: { donorId: string; recipientId: string; reason: string }): void;
};

declare const audit: {
  warn(msg: string, meta: Record<string, unknown>): void;
};

const ABO_COMPATIBLE: Record<Recipient['bloodGroup'], Recipient['bloodGroup'][]> = {
  O: ['O'],
  A: ['O', 'A'],
  B: ['O', 'B'],
  AB: ['O', 'A', 'B', 'AB'],
};

export function aboFilter(donor: Donor, candidates: Recipient[]): Recipient[] {
  return candidates.filter((r) => ABO_COMPATIBLE[r.bloodGroup].includes(donor.bloodGroup));
}

export async function rankCandidates(donor: Donor, candidates: Recipient[], timeoutMs = 20_000): Promise<CrossmatchResult[]> {
  const compatible = aboFilter(donor, candidates);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  try {
    const settled = await Promise.allSettled(compatible.map((r) => lab.virtualCrossmatch(donor, r, controller.signal)));

    const negatives: CrossmatchResult[] = [];
    settled.forEach((outcome, i) => {
      const recipient = compatible[i];
      if (outcome.status === 'rejected') {
        const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
        audit.warn('crossmatch failed', { donorId: donor.id, recipientId: recipient.id, reason });
        retryQueue.push({ donorId: donor.id, recipientId: recipient.id, reason });
        return;
      }
      if (!outcome.value.positive) negatives.push(outcome.value);
    });

    const urgencyOf = new Map(compatible.map((r) => [r.id, r.urgency]));
    return negatives.sort(
      (a, b) => (urgencyOf.get(a.recipientId) ?? 3) - (urgencyOf.get(b.recipientId) ?? 3) || a.mismatches - b.mismatches,
    );
  } finally {
    clearTimeout(timer);
  }
}
