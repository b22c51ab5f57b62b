// expect: none
// Quota, tally and office-status promises are all awaited before they are compared with ===, defaulted with ??, tested for truth, interpolated or serialised.
export interface QuotaEntry {
  boatId: string;
  season: string;
  maxPieces: number;
}

export interface HaulTally {
  boatId: string;
  pieces: number;
  smallPieces: number;
}

export interface LandingDecision {
  boatId: string;
  allowed: boolean;
  remaining: number;
  receiptId: string | null;
}

declare const HARBOUR_API: string;
declare const quotaRegistry: { quotaFor(boatId: string, season: string): Promise<QuotaEntry | undefined> };
declare const harbourScale: { tally(boatId: string): Promise<HaulTally> };
declare const landingOffice: {
  isOpen(): Promise<boolean>;
  issueReceipt(boatId: string, pieces: number): Promise<string>;
};
declare const harbourRadio: { say(text: string): Promise<void> };

// Sponges under 11cm must be returned to the bank to regrow.
const MIN_LEGAL_FRACTION = 0.9;

export async function decideLanding(boatId: string, season: string, landedSoFar: number): Promise<LandingDecision> {
  const [quota, tally] = await Promise.all([quotaRegistry.quotaFor(boatId, season), harbourScale.tally(boatId)]);
  const maxPieces = quota?.maxPieces ?? 0;
  const remaining = Math.max(0, maxPieces - landedSoFar);
  const legalFraction = tally.pieces === 0 ? 1 : 1 - tally.smallPieces / tally.pieces;
  const allowed = maxPieces > 0 && tally.pieces <= remaining && legalFraction >= MIN_LEGAL_FRACTION;

  if (!allowed) {
    return { boatId, allowed, remaining, receiptId: null };
  }
  const receiptId = await landingOffice.issueReceipt(boatId, tally.pieces);
  return { boatId, allowed, remaining: remaining - tally.pieces, receiptId };
}

export async function processArrival(boatId: string, season: string, landedSoFar: number, token: string): Promise<LandingDecision> {
  if (!(await landingOffice.isOpen())) {
    throw new Error(`landing office closed; ${boatId} must wait at the mooring`);
  }
  const decision = await decideLanding(boatId, season, landedSoFar);

  const res = await fetch(`${HARBOUR_API}/landings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...decision, season, reportedAt: new Date().toISOString() }),
  });
  if (!res.ok) throw new Error(`harbour API rejected landing record for ${boatId}: ${res.status}`);

  const verdict = decision.allowed ? `landed, receipt ${decision.receiptId}` : 'landing refused';
  await harbourRadio.say(`Boat ${boatId}: ${verdict}, ${decision.remaining} pieces left on quota`);
  return decision;
}

export async function sameQuota(a: string, b: string, season: string): Promise<boolean> {
  const [qa, qb] = await Promise.all([quotaRegistry.quotaFor(a, season), quotaRegistry.quotaFor(b, season)]);
  return qa !== undefined && qb !== undefined && qa.maxPieces === qb.maxPieces;
}
