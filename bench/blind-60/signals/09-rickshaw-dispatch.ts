// expect: none
// offerRide catches request failures to try the next puller, but rethrows as soon as the caller's signal is aborted, so cancellation is never retried or rewrapped.
import { setTimeout as delay } from 'node:timers/promises';

export interface Puller {
  pullerId: string;
  distanceM: number;
  rating: number;
}

export interface RideOffer {
  rideId: string;
  pickup: string;
  fareRupees: number;
}

export type OfferOutcome =
  | { accepted: true; pullerId: string; etaSec: number }
  | { accepted: false; tried: string[] };

declare const DISPATCH_URL: string;
declare const log: { info(msg: string, meta?: object): void };

const PER_PULLER_TIMEOUT_MS = 20_000;

function rank(pullers: Puller[]): Puller[] {
  return [...pullers].sort((a, b) => a.distanceM / a.rating - b.distanceM / b.rating);
}

async function askPuller(
  puller: Puller,
  offer: RideOffer,
  signal: AbortSignal,
): Promise<{ accepted: boolean; etaSec: number }> {
  const res = await fetch(`${DISPATCH_URL}/pullers/${puller.pullerId}/offers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(offer),
    signal: AbortSignal.any([signal, AbortSignal.timeout(PER_PULLER_TIMEOUT_MS)]),
  });
  if (res.status === 409) return { accepted: false, etaSec: 0 };
  if (!res.ok) throw new Error(`offer to ${puller.pullerId} failed: HTTP ${res.status}`);
  return (await res.json()) as { accepted: boolean; etaSec: number };
}

export async function offerRide(offer: RideOffer, pullers: Puller[], signal: AbortSignal): Promise<OfferOutcome> {
  const tried: string[] = [];
  for (const puller of rank(pullers).slice(0, 6)) {
    signal.throwIfAborted();
    tried.push(puller.pullerId);
    try {
      const answer = await askPuller(puller, offer, signal);
      if (answer.accepted) {
        return { accepted: true, pullerId: puller.pullerId, etaSec: answer.etaSec };
      }
    } catch (err) {
      // A per-puller timeout or network error just moves on to the next puller;
      // the dispatcher cancelling the ride must not.
      if (signal.aborted) throw signal.reason;
      log.info('puller unreachable, trying next', { pullerId: puller.pullerId, err });
    }
    await delay(750, undefined, { signal });
  }
  return { accepted: false, tried };
}

export async function dispatchWithSurge(
  offer: RideOffer,
  pullers: Puller[],
  signal: AbortSignal,
  surgeSteps = [1, 1.15, 1.3],
): Promise<OfferOutcome & { fareRupees: number }> {
  let last: OfferOutcome = { accepted: false, tried: [] };
  for (const multiplier of surgeSteps) {
    const fareRupees = Math.round(offer.fareRupees * multiplier);
    last = await offerRide({ ...offer, fareRupees }, pullers, signal);
    if (last.accepted) return { ...last, fareRupees };
  }
  return { ...last, fareRupees: offer.fareRupees };
}
