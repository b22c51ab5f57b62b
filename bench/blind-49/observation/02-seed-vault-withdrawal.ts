// expect: no-unobserved-promise
// The audit-log write is started before the viability checks; the refusal paths return without awaiting it, so its rejection goes unobserved.
export interface Accession {
  accessionId: string;
  taxon: string;
  seedsRemaining: number;
  germinationRate: number;
  lastTestedAt: Date;
  restricted: boolean;
}

export interface WithdrawalRequest {
  accessionId: string;
  seeds: number;
  requestedBy: string;
  purpose: 'regeneration' | 'research' | 'repatriation';
}

export type WithdrawalOutcome =
  | { status: 'approved'; accessionId: string; seeds: number; remaining: number }
  | { status: 'refused'; accessionId: string; reason: string };

declare const vaultCatalog: {
  get(accessionId: string): Promise<Accession | undefined>;
  decrement(accessionId: string, seeds: number): Promise<number>;
};

declare const auditTrail: {
  append(entry: { at: Date; actor: string; action: string; accessionId: string; detail: string }): Promise<void>;
};

const SAFETY_DUPLICATE_MINIMUM = 1_500;
const RETEST_INTERVAL_MS = 5 * 365 * 86_400_000;

function refusalReason(acc: Accession, req: WithdrawalRequest, now: Date): string | undefined {
  if (acc.restricted && req.purpose !== 'repatriation') {
    return 'accession is restricted under the depositor agreement';
  }
  if (acc.seedsRemaining - req.seeds < SAFETY_DUPLICATE_MINIMUM && req.purpose !== 'regeneration') {
    return `withdrawal would leave ${acc.seedsRemaining - req.seeds} seeds, below the safety minimum`;
  }
  if (now.getTime() - acc.lastTestedAt.getTime() > RETEST_INTERVAL_MS) {
    return 'germination test is overdue; retest before distribution';
  }
  return undefined;
}

export async function withdrawSeeds(req: WithdrawalRequest): Promise<WithdrawalOutcome> {
  if (!Number.isInteger(req.seeds) || req.seeds <= 0) {
    throw new RangeError(`invalid seed count ${req.seeds}`);
  }
  const accession = await vaultCatalog.get(req.accessionId);
  if (!accession) {
    return { status: 'refused', accessionId: req.accessionId, reason: 'unknown accession' };
  }

  const now = new Date();
  const audit = auditTrail.append({
    at: now,
    actor: req.requestedBy,
    action: 'withdrawal-requested',
    accessionId: req.accessionId,
    detail: `${req.seeds} seeds for ${req.purpose}`,
  });

  const reason = refusalReason(accession, req, now);
  if (reason) {
    return { status: 'refused', accessionId: req.accessionId, reason };
  }
  if (accession.germinationRate < 0.75 && req.purpose === 'research') {
    return { status: 'refused', accessionId: req.accessionId, reason: 'viability too low for research use' };
  }

  await audit;
  const remaining = await vaultCatalog.decrement(req.accessionId, req.seeds);
  return { status: 'approved', accessionId: req.accessionId, seeds: req.seeds, remaining };
}

export async function processQueue(requests: WithdrawalRequest[]): Promise<WithdrawalOutcome[]> {
  const outcomes: WithdrawalOutcome[] = [];
  for (const req of requests) {
    outcomes.push(await withdrawSeeds(req));
  }
  return outcomes;
}
