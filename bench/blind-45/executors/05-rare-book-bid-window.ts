// expect: no-multiple-settle
// The executor is async: if auctionHouse.getLot rejects, the rejection is lost and awaitHammer never settles.
import { EventEmitter } from 'node:events';

export interface Lot {
  lotId: string;
  title: string;
  reserveCents: number;
  closesAt: number;
}

export interface Bid {
  lotId: string;
  paddle: number;
  amountCents: number;
  placedAt: number;
}

export interface HammerResult {
  lot: Lot;
  winningBid: Bid | null;
  reserveMet: boolean;
}

declare const auctionHouse: {
  getLot(lotId: string): Promise<Lot>;
  bidFeed: EventEmitter;
};

declare const settlement: {
  invoiceBuyer(result: HammerResult): Promise<string>;
  notifyConsignor(lotId: string, sold: boolean): Promise<void>;
};

const SOFT_CLOSE_EXTENSION_MS = 30_000;

export function awaitHammer(lotId: string): Promise<HammerResult> {
  return new Promise<HammerResult>(async (resolve) => {
    const lot = await auctionHouse.getLot(lotId);
    let closesAt = lot.closesAt;
    let best: Bid | null = null;

    const onBid = (bid: Bid) => {
      if (bid.lotId !== lotId) return;
      if (best && bid.amountCents <= best.amountCents) return;
      best = bid;
      // Soft close: a late bid pushes the hammer back.
      if (closesAt - bid.placedAt < SOFT_CLOSE_EXTENSION_MS) {
        closesAt = bid.placedAt + SOFT_CLOSE_EXTENSION_MS;
        clearTimeout(timer);
        timer = setTimeout(close, Math.max(0, closesAt - Date.now()));
      }
    };

    const close = () => {
      auctionHouse.bidFeed.off('bid', onBid);
      resolve({
        lot,
        winningBid: best,
        reserveMet: best !== null && best.amountCents >= lot.reserveCents,
      });
    };

    let timer = setTimeout(close, Math.max(0, closesAt - Date.now()));
    auctionHouse.bidFeed.on('bid', onBid);
  });
}

export async function runLotToHammer(lotId: string): Promise<string | null> {
  const result = await awaitHammer(lotId);

  if (!result.winningBid || !result.reserveMet) {
    await settlement.notifyConsignor(lotId, false);
    return null;
  }

  const invoiceId = await settlement.invoiceBuyer(result);
  await settlement.notifyConsignor(lotId, true);
  return invoiceId;
}

export function formatHammerLine(result: HammerResult): string {
  const { lot, winningBid } = result;
  if (!winningBid) return `${lot.lotId} "${lot.title}" — passed, no bids`;
  const amount = (winningBid.amountCents / 100).toLocaleString('en-GB', {
    style: 'currency',
    currency: 'GBP',
  });
  const tag = result.reserveMet ? 'sold' : 'bought in';
  return `${lot.lotId} "${lot.title}" — ${tag} at ${amount} to paddle ${winningBid.paddle}`;
}
