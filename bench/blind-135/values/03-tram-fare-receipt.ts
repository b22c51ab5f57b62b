// expect: none
// The fare and the loyalty balance are awaited before they are placed in the receipt object that is serialized and posted, so the body carries numbers, not promises.
export interface FareRequest {
  cardId: string;
  fromStop: string;
  toStop: string;
  boardedAt: Date;
}

export interface FareEngine {
  fareCents(fromStop: string, toStop: string, at: Date): Promise<number>;
}

export interface LoyaltyLedger {
  balance(cardId: string): Promise<number>;
  debit(cardId: string, cents: number): Promise<number>;
}

export interface Receipt {
  receiptNo: string;
  cardId: string;
  route: string;
  fareCents: number;
  remainingCents: number;
  issuedAt: string;
}

export class ReceiptIssuer {
  private seq = 0;

  constructor(
    private fares: FareEngine,
    private ledger: LoyaltyLedger,
    private backOfficeUrl: string,
  ) {}

  async charge(req: FareRequest): Promise<Receipt> {
    const fare = await this.fares.fareCents(req.fromStop, req.toStop, req.boardedAt);
    const balance = await this.ledger.balance(req.cardId);
    if (balance < fare) {
      throw new Error(`card ${req.cardId} has ${balance} cents, fare is ${fare}`);
    }
    const remaining = await this.ledger.debit(req.cardId, fare);

    const receipt: Receipt = {
      receiptNo: `R${Date.now().toString(36).toUpperCase()}-${++this.seq}`,
      cardId: req.cardId,
      route: `${req.fromStop} -> ${req.toStop}`,
      fareCents: fare,
      remainingCents: remaining,
      issuedAt: req.boardedAt.toISOString(),
    };

    const res = await fetch(`${this.backOfficeUrl}/receipts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(receipt),
    });
    if (!res.ok) throw new Error(`back office rejected receipt ${receipt.receiptNo}: ${res.status}`);
    return receipt;
  }

  static format(r: Receipt): string {
    const eur = (c: number) => (c / 100).toFixed(2);
    return `${r.receiptNo}  ${r.route}  EUR ${eur(r.fareCents)}  (left: EUR ${eur(r.remainingCents)})`;
  }
}
