// expect: no-promise-as-value
// closeRound filters lots with the async reserveMet, whose promise is always truthy, so every lot is treated as having met its reserve.
export interface Lot {
  id: string;
  cultivar: string;
  crates: number;
  reservePerCrateCents: number;
  consignor: string;
}

export interface HighBid {
  lotId: string;
  bidderId: string;
  perCrateCents: number;
  placedAt: Date;
}

export interface RoundOutcome {
  sold: { lotId: string; bidderId: string; hammerCents: number }[];
  passed: string[];
  commissionCents: number;
}

declare const bidBook: {
  highest(lotId: string): Promise<HighBid | undefined>;
};

declare const ledger: {
  recordSale(lotId: string, bidderId: string, hammerCents: number): Promise<void>;
  recordPass(lotId: string): Promise<void>;
};

declare const auctioneerScreen: {
  announce(text: string): void;
};

const COMMISSION_RATE = 0.08;

export class LotDesk {
  constructor(private readonly roundName: string) {}

  async reserveMet(lot: Lot): Promise<boolean> {
    const high = await bidBook.highest(lot.id);
    return high !== undefined && high.perCrateCents >= lot.reservePerCrateCents;
  }

  hammerPrice(lot: Lot, bid: HighBid): number {
    return bid.perCrateCents * lot.crates;
  }

  async closeRound(lots: Lot[]): Promise<RoundOutcome> {
    const sellable = lots.filter((lot) => this.reserveMet(lot));
    const sellableIds = new Set(sellable.map((l) => l.id));
    const outcome: RoundOutcome = { sold: [], passed: [], commissionCents: 0 };

    for (const lot of lots) {
      if (!sellableIds.has(lot.id)) {
        await ledger.recordPass(lot.id);
        outcome.passed.push(lot.id);
        continue;
      }
      const bid = await bidBook.highest(lot.id);
      if (!bid) {
        await ledger.recordPass(lot.id);
        outcome.passed.push(lot.id);
        continue;
      }
      const hammerCents = this.hammerPrice(lot, bid);
      await ledger.recordSale(lot.id, bid.bidderId, hammerCents);
      outcome.sold.push({ lotId: lot.id, bidderId: bid.bidderId, hammerCents });
      outcome.commissionCents += Math.round(hammerCents * COMMISSION_RATE);
      auctioneerScreen.announce(`${lot.cultivar} (${lot.crates} crates) sold to ${bid.bidderId}`);
    }

    auctioneerScreen.announce(
      `${this.roundName} closed: ${outcome.sold.length} sold, ${outcome.passed.length} passed`,
    );
    return outcome;
  }
}
