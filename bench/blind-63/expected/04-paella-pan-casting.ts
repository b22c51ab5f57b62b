// expect: no-uncalled-async-function
// cast() does `await this.ensureMoldsLoaded` without calling it, so pans are cast against an empty mold table.
export interface PanOrder {
  orderId: string;
  diameterCm: number;
  steel: 'carbon' | 'enamelled' | 'stainless';
  quantity: number;
}

interface Mold {
  id: string;
  diameterCm: number;
  cyclesLeft: number;
}

export interface CastResult {
  orderId: string;
  moldId: string;
  poured: number;
  rejected: number;
}

declare const foundryDb: {
  molds(): Promise<Mold[]>;
  recordCast(result: CastResult): Promise<void>;
  decrementCycles(moldId: string, by: number): Promise<void>;
};

declare const furnace: {
  pour(moldId: string, steel: PanOrder['steel'], count: number): Promise<{ good: number; cracked: number }>;
};

export class PanCaster {
  private molds: Mold[] = [];
  private loadedAt = 0;

  constructor(private readonly moldTtlMs = 10 * 60_000) {}

  private async ensureMoldsLoaded(): Promise<void> {
    if (this.molds.length > 0 && Date.now() - this.loadedAt < this.moldTtlMs) return;
    this.molds = (await foundryDb.molds()).filter((m) => m.cyclesLeft > 0);
    this.loadedAt = Date.now();
  }

  private pickMold(diameterCm: number, count: number): Mold | undefined {
    return this.molds
      .filter((m) => m.diameterCm === diameterCm && m.cyclesLeft >= count)
      .sort((a, b) => b.cyclesLeft - a.cyclesLeft)[0];
  }

  async cast(order: PanOrder): Promise<CastResult> {
    await this.ensureMoldsLoaded;

    const mold = this.pickMold(order.diameterCm, order.quantity);
    if (!mold) {
      throw new Error(`no ${order.diameterCm}cm mold with ${order.quantity} cycles left for order ${order.orderId}`);
    }

    const { good, cracked } = await furnace.pour(mold.id, order.steel, order.quantity);
    mold.cyclesLeft -= good + cracked;
    await foundryDb.decrementCycles(mold.id, good + cracked);

    const result: CastResult = { orderId: order.orderId, moldId: mold.id, poured: good, rejected: cracked };
    await foundryDb.recordCast(result);
    return result;
  }

  async castBacklog(orders: PanOrder[]): Promise<CastResult[]> {
    const largestFirst = [...orders].sort((a, b) => b.diameterCm - a.diameterCm);
    const results: CastResult[] = [];
    for (const order of largestFirst) {
      results.push(await this.cast(order));
    }
    return results;
  }
}
