// expect: no-uncalled-async-function
// warmUp passes this.loadSaddleTrees (the method itself) to Promise.all instead of calling it, so the tree cache is never loaded before quoting.
export interface HideLot {
  lotId: string;
  tannery: string;
  thicknessMm: number;
  squareFeet: number;
}

export interface SaddleTree {
  model: string;
  gulletWidthCm: number;
  barLengthCm: number;
  material: 'wood' | 'fiberglass' | 'synthetic';
}

export interface SaddleOrder {
  orderId: string;
  rider: string;
  discipline: 'western' | 'dressage' | 'endurance';
  treeModel: string;
  seatSizeIn: number;
}

export interface Quote {
  orderId: string;
  hideLot: string;
  tree: SaddleTree;
  priceCents: number;
}

declare const workshopApi: {
  listHides(): Promise<HideLot[]>;
  listTrees(): Promise<SaddleTree[]>;
  listOpenOrders(): Promise<SaddleOrder[]>;
};

export class SaddleWorkshop {
  private hides: HideLot[] = [];
  private trees = new Map<string, SaddleTree>();
  private openOrders: SaddleOrder[] = [];
  private warmedAt = 0;

  private async loadHideLots(): Promise<void> {
    this.hides = (await workshopApi.listHides()).filter((lot) => lot.squareFeet >= 18);
  }

  private async loadSaddleTrees(): Promise<void> {
    const trees = await workshopApi.listTrees();
    this.trees = new Map(trees.map((tree) => [tree.model, tree]));
  }

  private async loadOpenOrders(): Promise<void> {
    this.openOrders = await workshopApi.listOpenOrders();
  }

  async warmUp(maxAgeMs = 10 * 60_000): Promise<void> {
    if (Date.now() - this.warmedAt < maxAgeMs) return;
    await Promise.all([this.loadHideLots(), this.loadSaddleTrees, this.loadOpenOrders()]);
    this.warmedAt = Date.now();
  }

  private pickHide(order: SaddleOrder): HideLot {
    const minThickness = order.discipline === 'western' ? 4.5 : 3.2;
    const candidates = this.hides
      .filter((lot) => lot.thicknessMm >= minThickness)
      .sort((a, b) => a.thicknessMm - b.thicknessMm);
    if (candidates.length === 0) {
      throw new Error(`no hide lot thick enough for ${order.discipline} saddle ${order.orderId}`);
    }
    return candidates[0];
  }

  async quoteOpenOrders(): Promise<Quote[]> {
    await this.warmUp();
    const quotes: Quote[] = [];
    for (const order of this.openOrders) {
      const tree = this.trees.get(order.treeModel);
      if (!tree) {
        throw new Error(`order ${order.orderId} references unknown tree ${order.treeModel}`);
      }
      const hide = this.pickHide(order);
      const base = order.discipline === 'western' ? 380_000 : 295_000;
      const seatSurcharge = Math.max(0, order.seatSizeIn - 17) * 12_000;
      const treeSurcharge = tree.material === 'wood' ? 45_000 : 0;
      quotes.push({ orderId: order.orderId, hideLot: hide.lotId, tree, priceCents: base + seatSurcharge + treeSurcharge });
    }
    return quotes;
  }
}
