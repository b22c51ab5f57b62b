// expect: no-promise-as-value
// placeBid negates the promise returned by isReserveMet instead of its boolean result, so the "reserve not met" branch never runs and every accepted bid is announced as meeting the reserve.
export interface Bid {
  lotId: string;
  bidderId: string;
  amount: number;
  placedAt: number;
}

export interface LotState {
  id: string;
  species: string;
  openingBid: number;
  closesAt: number;
  reserveAnnounced: boolean;
}

export interface BidLedger {
  highBid(lotId: string): Promise<Bid | undefined>;
  record(bid: Bid): Promise<void>;
}

export interface ReserveService {
  isReserveMet(lotId: string, amount: number): Promise<boolean>;
}

export interface AuctionRoom {
  announce(message: string): Promise<void>;
}

export type BidOutcome =
  | { accepted: false; reason: string }
  | { accepted: true; reserveMet: boolean };

function increment(amount: number): number {
  if (amount < 500) return 25;
  if (amount < 2_000) return 50;
  if (amount < 10_000) return 250;
  return 500;
}

export class BonsaiBidDesk {
  constructor(
    private readonly lots: Map<string, LotState>,
    private readonly ledger: BidLedger,
    private readonly reserves: ReserveService,
    private readonly room: AuctionRoom,
  ) {}

  async placeBid(bid: Bid): Promise<BidOutcome> {
    const lot = this.lots.get(bid.lotId);
    if (!lot) throw new Error(`unknown lot ${bid.lotId}`);
    if (bid.placedAt > lot.closesAt) return { accepted: false, reason: 'lot closed' };

    const high = await this.ledger.highBid(lot.id);
    const minimum = high ? high.amount + increment(high.amount) : lot.openingBid;
    if (bid.amount < minimum) {
      return { accepted: false, reason: `minimum next bid is ${minimum}` };
    }

    await this.ledger.record(bid);

    if (!this.reserves.isReserveMet(lot.id, bid.amount)) {
      return { accepted: true, reserveMet: false };
    }

    if (!lot.reserveAnnounced) {
      lot.reserveAnnounced = true;
      await this.room.announce(`Reserve met on lot ${lot.id} - this ${lot.species} will sell today`);
    }
    return { accepted: true, reserveMet: true };
  }
}
