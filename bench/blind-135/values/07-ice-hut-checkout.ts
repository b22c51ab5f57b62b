// expect: no-promise-as-value
// seasonTotal is async, but checkout places its un-awaited result in the payment body, so JSON.stringify serializes the Promise as {} and the payment API gets no amount.
export interface HutRental {
  rentalId: string;
  hutId: string;
  lake: string;
  nights: string[];
  augerRental: boolean;
  bait: Array<{ kind: string; qty: number }>;
}

export interface RateCard {
  nightlyCents(hutId: string, night: string): Promise<number>;
  augerCents(): Promise<number>;
  baitCents(kind: string): Promise<number>;
}

export interface CheckoutResult {
  rentalId: string;
  paymentId: string;
  status: 'authorized' | 'declined';
}

export class HutCheckout {
  constructor(
    private rates: RateCard,
    private paymentsUrl: string,
    private merchantId: string,
  ) {}

  async seasonTotal(rental: HutRental): Promise<number> {
    const nightly = await Promise.all(rental.nights.map((n) => this.rates.nightlyCents(rental.hutId, n)));
    let total = nightly.reduce((a, b) => a + b, 0);
    if (rental.augerRental) total += await this.rates.augerCents();
    for (const item of rental.bait) {
      total += item.qty * (await this.rates.baitCents(item.kind));
    }
    return total;
  }

  async checkout(rental: HutRental, cardToken: string): Promise<CheckoutResult> {
    if (rental.nights.length === 0) throw new Error(`rental ${rental.rentalId} has no nights`);

    const body = {
      merchantId: this.merchantId,
      reference: rental.rentalId,
      description: `Ice hut ${rental.hutId} on ${rental.lake}, ${rental.nights.length} night(s)`,
      amountCents: this.seasonTotal(rental),
      currency: 'CAD',
      cardToken,
    };

    const res = await fetch(`${this.paymentsUrl}/authorizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': rental.rentalId },
      body: JSON.stringify(body),
    });
    if (res.status === 402) {
      return { rentalId: rental.rentalId, paymentId: '', status: 'declined' };
    }
    if (!res.ok) throw new Error(`payment service error ${res.status} for ${rental.rentalId}`);
    const { id } = (await res.json()) as { id: string };
    return { rentalId: rental.rentalId, paymentId: id, status: 'authorized' };
  }
}
