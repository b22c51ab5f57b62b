// expect: no-leaked-race
// offerWithDeadline races the centre's response against a timers/promises sleep that is never cancelled, so every answered offer leaves a timer running for the full window.
import { setTimeout as sleep } from "node:timers/promises";

export interface OrganOffer {
  offerId: string;
  donorId: string;
  organ: "kidney" | "liver" | "heart" | "lung";
  coldIschemiaStartedAt: number;
}

export interface Candidate {
  recipientId: string;
  transplantCentre: string;
  matchScore: number;
}

export type OfferOutcome =
  | { kind: "accepted"; recipientId: string; surgeonId: string }
  | { kind: "declined"; recipientId: string; reasonCode: string }
  | { kind: "expired"; recipientId: string };

declare const centreGateway: {
  sendOffer(centre: string, offer: OrganOffer, recipientId: string): Promise<{ accepted: boolean; surgeonId?: string; reasonCode?: string }>;
};

declare const allocationLedger: {
  record(offerId: string, outcome: OfferOutcome): Promise<void>;
};

const RESPONSE_WINDOW_MS: Record<OrganOffer["organ"], number> = {
  heart: 20 * 60_000,
  lung: 20 * 60_000,
  liver: 30 * 60_000,
  kidney: 60 * 60_000,
};

const EXPIRED = Symbol("expired");

async function offerWithDeadline(offer: OrganOffer, candidate: Candidate): Promise<OfferOutcome> {
  const windowMs = RESPONSE_WINDOW_MS[offer.organ];
  const reply = await Promise.race([
    centreGateway.sendOffer(candidate.transplantCentre, offer, candidate.recipientId),
    sleep(windowMs, EXPIRED),
  ]);

  if (reply === EXPIRED) {
    return { kind: "expired", recipientId: candidate.recipientId };
  }
  if (reply.accepted && reply.surgeonId) {
    return { kind: "accepted", recipientId: candidate.recipientId, surgeonId: reply.surgeonId };
  }
  return { kind: "declined", recipientId: candidate.recipientId, reasonCode: reply.reasonCode ?? "unspecified" };
}

export async function allocate(offer: OrganOffer, ranked: Candidate[]): Promise<OfferOutcome | undefined> {
  const maxColdMs: Record<OrganOffer["organ"], number> = {
    heart: 4 * 3_600_000,
    lung: 6 * 3_600_000,
    liver: 12 * 3_600_000,
    kidney: 30 * 3_600_000,
  };

  for (const candidate of ranked.slice().sort((a, b) => b.matchScore - a.matchScore)) {
    const coldMs = Date.now() - offer.coldIschemiaStartedAt;
    if (coldMs > maxColdMs[offer.organ]) {
      return undefined;
    }
    const outcome = await offerWithDeadline(offer, candidate);
    await allocationLedger.record(offer.offerId, outcome);
    if (outcome.kind === "accepted") {
      return outcome;
    }
  }
  return undefined;
}
