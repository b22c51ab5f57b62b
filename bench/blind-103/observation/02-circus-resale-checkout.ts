// expect: no-floating-promises
// buy() calls the async notifySeller() as a bare statement, so if the seller lookup or the mailer fails the rejection is unhandled and crashes the checkout process (Node's default), after the buyer has already been charged.
export interface Listing {
  id: string;
  showId: string;
  seat: string;
  priceCents: number;
}

export interface Buyer {
  id: string;
  email: string;
  paymentToken: string;
}

export interface Receipt {
  listingId: string;
  buyerId: string;
  chargeId: string;
  amountCents: number;
  feeCents: number;
}

export interface PaymentGateway {
  charge(token: string, amountCents: number, memo: string): Promise<{ id: string }>;
}

export interface TicketInventory {
  reserve(listingId: string, buyerId: string): Promise<Listing>;
  transfer(listingId: string, buyerId: string): Promise<void>;
  release(listingId: string): Promise<void>;
  seller(listingId: string): Promise<{ id: string; email: string }>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

const RESALE_FEE_RATE = 0.08;

export class ResaleCheckout {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly tickets: TicketInventory,
    private readonly mailer: Mailer,
  ) {}

  async buy(listingId: string, buyer: Buyer): Promise<Receipt> {
    const listing = await this.tickets.reserve(listingId, buyer.id);
    const feeCents = Math.round(listing.priceCents * RESALE_FEE_RATE);
    let receipt: Receipt;
    try {
      const charge = await this.gateway.charge(
        buyer.paymentToken,
        listing.priceCents + feeCents,
        `Resale ${listing.showId} seat ${listing.seat}`,
      );
      await this.tickets.transfer(listing.id, buyer.id);
      receipt = {
        listingId: listing.id,
        buyerId: buyer.id,
        chargeId: charge.id,
        amountCents: listing.priceCents,
        feeCents,
      };
    } catch (err) {
      await this.tickets.release(listing.id);
      throw err;
    }
    this.notifySeller(listing, receipt);
    return receipt;
  }

  private async notifySeller(listing: Listing, receipt: Receipt): Promise<void> {
    const seller = await this.tickets.seller(listing.id);
    const payout = (receipt.amountCents / 100).toFixed(2);
    await this.mailer.send(seller.email, 'Your ticket sold', `Seat ${listing.seat} sold; $${payout} will be paid out in 3 days.`);
  }
}
