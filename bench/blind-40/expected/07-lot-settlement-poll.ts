// expect: no-reused-settled-promise
// waitForLotClose() requests the lot status once and awaits that same promise on every poll, so it can never see the lot close.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LotStatus {
  lotId: string;
  state: 'open' | 'extended' | 'closed' | 'withdrawn';
  highBid?: { buyerId: string; amountCents: number };
  reserveMet: boolean;
  closesAt: string;
}

interface LotListing {
  lotId: string;
  orchid: { genus: string; grex: string; potSizeCm: number; inSpike: boolean };
}

declare const auctionApi: {
  getLotStatus(lotId: string): Promise<LotStatus>;
  listLots(saleId: string): Promise<LotListing[]>;
};

declare const buyers: {
  notifyWinner(buyerId: string, lotId: string, amountCents: number): Promise<void>;
  notifyUnderbidders(lotId: string): Promise<void>;
};

declare const greenhouse: {
  reserveForPickup(lotId: string, buyerId: string): Promise<void>;
  returnToBench(lotId: string): Promise<void>;
};

export async function waitForLotClose(
  lotId: string,
  { pollMs = 5_000, maxPolls = 240 }: { pollMs?: number; maxPolls?: number } = {},
): Promise<LotStatus> {
  const status = auctionApi.getLotStatus(lotId);
  for (let poll = 0; poll < maxPolls; poll++) {
    const current = await status;
    if (current.state === 'closed' || current.state === 'withdrawn') {
      return current;
    }
    // sleep until shortly before the scheduled close, but never less than one poll interval
    const msUntilClose = Date.parse(current.closesAt) - Date.now();
    await sleep(Math.max(pollMs, Math.min(msUntilClose - 1_000, 60_000)));
  }
  throw new Error(`lot ${lotId} still open after ${maxPolls} polls`);
}

export interface SettlementLine {
  lotId: string;
  label: string;
  outcome: 'sold' | 'passed' | 'withdrawn';
  amountCents: number;
}

function label(listing: LotListing): string {
  const { genus, grex, potSizeCm, inSpike } = listing.orchid;
  return `${genus} ${grex} (${potSizeCm}cm${inSpike ? ', in spike' : ''})`;
}

export async function settleSale(saleId: string): Promise<SettlementLine[]> {
  const lots = await auctionApi.listLots(saleId);
  const lines: SettlementLine[] = [];

  for (const listing of lots) {
    const final = await waitForLotClose(listing.lotId);
    if (final.state === 'withdrawn') {
      lines.push({ lotId: listing.lotId, label: label(listing), outcome: 'withdrawn', amountCents: 0 });
      continue;
    }
    if (!final.highBid || !final.reserveMet) {
      await greenhouse.returnToBench(listing.lotId);
      lines.push({ lotId: listing.lotId, label: label(listing), outcome: 'passed', amountCents: 0 });
      continue;
    }
    await greenhouse.reserveForPickup(listing.lotId, final.highBid.buyerId);
    await buyers.notifyWinner(final.highBid.buyerId, listing.lotId, final.highBid.amountCents);
    await buyers.notifyUnderbidders(listing.lotId);
    lines.push({
      lotId: listing.lotId,
      label: label(listing),
      outcome: 'sold',
      amountCents: final.highBid.amountCents,
    });
  }
  return lines;
}
