// expect: no-swallowed-abort
// loadBids catches the AbortError and returns an empty bid list, so when the clerk cancels a slow load the hammer logic sees "no bids" and permanently records the lot as unsold instead of stopping.
export interface Bid {
  bidder: string;
  amount: number;
  at: string;
}

export interface Lot {
  lotId: string;
  species: string;
  ageYears: number;
  reserve: number;
}

export type HammerOutcome =
  | { kind: 'sold'; lotId: string; bidder: string; price: number }
  | { kind: 'unsold'; lotId: string };

const BIDS_API = 'https://auction.example.net/api';

async function loadBids(lotId: string, signal: AbortSignal): Promise<Bid[]> {
  try {
    const res = await fetch(`${BIDS_API}/lots/${lotId}/bids`, { signal });
    if (!res.ok) throw new Error(`bids for ${lotId}: HTTP ${res.status}`);
    return (await res.json()) as Bid[];
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return [];
    }
    throw err;
  }
}

function bestValidBid(bids: Bid[], reserve: number): Bid | undefined {
  return bids
    .filter((b) => b.amount >= reserve)
    .sort((a, b) => b.amount - a.amount || a.at.localeCompare(b.at))[0];
}

export class SaleLedger {
  private readonly outcomes = new Map<string, HammerOutcome>();

  record(outcome: HammerOutcome): void {
    if (this.outcomes.has(outcome.lotId)) {
      throw new Error(`lot ${outcome.lotId} already hammered`);
    }
    this.outcomes.set(outcome.lotId, outcome);
  }

  unsold(): string[] {
    return [...this.outcomes.values()].filter((o) => o.kind === 'unsold').map((o) => o.lotId);
  }
}

export async function hammer(lot: Lot, ledger: SaleLedger, signal: AbortSignal): Promise<HammerOutcome> {
  const bids = await loadBids(lot.lotId, signal);
  const winner = bestValidBid(bids, lot.reserve);
  const outcome: HammerOutcome = winner
    ? { kind: 'sold', lotId: lot.lotId, bidder: winner.bidder, price: winner.amount }
    : { kind: 'unsold', lotId: lot.lotId };
  ledger.record(outcome);
  return outcome;
}

export async function runSession(lots: Lot[], ledger: SaleLedger, signal: AbortSignal): Promise<HammerOutcome[]> {
  const outcomes: HammerOutcome[] = [];
  for (const lot of lots) {
    signal.throwIfAborted();
    outcomes.push(await hammer(lot, ledger, signal));
  }
  return outcomes;
}
