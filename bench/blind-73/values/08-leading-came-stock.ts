// expect: none
// prices is filled in a then() callback, but quote() and restock() only read it after awaiting this.ready; the catch on ready only marks it handled and callers still see the rejection.
export type CameProfile = 'H-4mm' | 'H-6mm' | 'H-9mm' | 'U-3mm';

export interface PanelPiece {
  perimeterMm: number;
  came: CameProfile;
}

export interface Quote {
  panelId: string;
  metres: Record<CameProfile, number>;
  totalPrice: number;
}

declare const supplier: {
  priceList(): Promise<Array<{ profile: CameProfile; pricePerMetre: number; stockM: number }>>;
  order(profile: CameProfile, metres: number): Promise<void>;
};

const WASTE_FACTOR = 1.12;

export class CameStock {
  private readonly prices = new Map<CameProfile, number>();
  private readonly stock = new Map<CameProfile, number>();
  private readonly ready: Promise<void>;

  constructor() {
    this.ready = supplier.priceList().then((list) => {
      for (const item of list) {
        this.prices.set(item.profile, item.pricePerMetre);
        this.stock.set(item.profile, item.stockM);
      }
    });
    this.ready.catch(() => {});
  }

  async quote(panelId: string, pieces: PanelPiece[]): Promise<Quote> {
    await this.ready;
    const metres: Record<CameProfile, number> = { 'H-4mm': 0, 'H-6mm': 0, 'H-9mm': 0, 'U-3mm': 0 };
    for (const piece of pieces) {
      metres[piece.came] += (piece.perimeterMm / 2 / 1_000) * WASTE_FACTOR;
    }
    let totalPrice = 0;
    for (const [profile, m] of Object.entries(metres) as Array<[CameProfile, number]>) {
      const price = this.prices.get(profile);
      if (m > 0 && price === undefined) throw new Error(`no price for ${profile} came`);
      totalPrice += m * (price ?? 0);
    }
    return { panelId, metres, totalPrice: Math.round(totalPrice * 100) / 100 };
  }

  async restock(quote: Quote, bufferM = 5): Promise<CameProfile[]> {
    await this.ready;
    const ordered: CameProfile[] = [];
    for (const [profile, needed] of Object.entries(quote.metres) as Array<[CameProfile, number]>) {
      const have = this.stock.get(profile) ?? 0;
      if (needed === 0 || have >= needed + bufferM) continue;
      const orderM = Math.ceil(needed + bufferM - have);
      await supplier.order(profile, orderM);
      this.stock.set(profile, have + orderM);
      ordered.push(profile);
    }
    for (const profile of Object.keys(quote.metres) as CameProfile[]) {
      this.stock.set(profile, (this.stock.get(profile) ?? 0) - quote.metres[profile]);
    }
    return ordered;
  }
}
