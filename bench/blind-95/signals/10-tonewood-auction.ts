// expect: none
// The retry loop rethrows as soon as the failure is an abort (checked on both the signal and the error name) and its back-off sleep takes the signal, so cancelling a bid is never retried or masked.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Lot {
  id: string;
  description: string;
  species: 'alpine spruce' | 'bosnian maple' | 'pernambuco';
  reserveCents: number;
}

export interface BidReceipt {
  lotId: string;
  amountCents: number;
  leading: boolean;
}

export class BidRejected extends Error {
  override name = 'BidRejected';
}

const AUCTION_API = 'https://tonewood-auctions.example.it/api';

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === 'AbortError');
}

async function postBid(lot: Lot, amountCents: number, signal: AbortSignal): Promise<BidReceipt> {
  const res = await fetch(`${AUCTION_API}/lots/${lot.id}/bids`, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ amountCents }),
  });
  if (res.status === 409) throw new BidRejected(`outbid on ${lot.id}`);
  if (!res.ok) throw new Error(`auction house returned ${res.status}`);
  return (await res.json()) as BidReceipt;
}

export async function placeBid(lot: Lot, amountCents: number, signal: AbortSignal, attempts = 4): Promise<BidReceipt> {
  if (amountCents < lot.reserveCents) throw new BidRejected(`bid below reserve for ${lot.id}`);

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await postBid(lot, amountCents, signal);
    } catch (err) {
      if (isAbort(err, signal) || err instanceof BidRejected) throw err;
      lastError = err;
      await sleep(250 * 2 ** attempt, undefined, { signal });
    }
  }
  throw new Error(`could not reach the auction house for ${lot.id}`, { cause: lastError });
}

export async function bidOnWishlist(lots: Lot[], budgetCents: number, signal: AbortSignal): Promise<BidReceipt[]> {
  const receipts: BidReceipt[] = [];
  let remaining = budgetCents;
  for (const lot of lots) {
    const offer = Math.min(remaining, Math.round(lot.reserveCents * 1.15));
    if (offer < lot.reserveCents) break;
    receipts.push(await placeBid(lot, offer, signal));
    remaining -= offer;
  }
  return receipts;
}
