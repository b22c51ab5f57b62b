// expect: none
// Correct: the registry is typed to hold handler functions, and refreshLoader() deliberately hands back the arrow-function property for the caller to invoke.
export interface ParasolOrder {
  id: string;
  canopy: 'washi' | 'silk' | 'oilcloth';
  ribs: 24 | 32 | 48;
  diameterCm: number;
  pattern: string;
}

export interface Catalog {
  canopies: Record<ParasolOrder['canopy'], { pricePerCm: number; leadDays: number }>;
  ribSurcharge: Record<ParasolOrder['ribs'], number>;
}

type Handler = (payload: unknown) => Promise<{ status: number; body: unknown }>;

declare const catalogApi: { fetch(): Promise<Catalog> };
declare const orderStore: {
  save(order: ParasolOrder, priceYen: number): Promise<void>;
  get(id: string): Promise<ParasolOrder | undefined>;
};

function parseOrder(payload: unknown): ParasolOrder {
  const o = payload as Partial<ParasolOrder>;
  if (!o.id || !o.canopy || !o.ribs || !o.diameterCm) throw new Error('incomplete parasol order');
  return { id: o.id, canopy: o.canopy, ribs: o.ribs, diameterCm: o.diameterCm, pattern: o.pattern ?? 'plain' };
}

export class ParasolOrderDesk {
  private catalog: Catalog | undefined;
  private readonly handlers = new Map<string, Handler>();

  constructor() {
    this.handlers.set('quote', this.handleQuote.bind(this));
    this.handlers.set('place', this.handlePlace.bind(this));
    this.handlers.set('status', this.handleStatus.bind(this));
  }

  /** Gives the scheduler a loader to call on its own cadence. */
  refreshLoader(): () => Promise<void> {
    return this.refresh;
  }

  readonly refresh = async (): Promise<void> => {
    this.catalog = await catalogApi.fetch();
  };

  async dispatch(kind: string, payload: unknown): Promise<{ status: number; body: unknown }> {
    const handler = this.handlers.get(kind);
    if (!handler) return { status: 404, body: { error: `unknown request ${kind}` } };
    if (!this.catalog) await this.refresh();
    return handler(payload);
  }

  private price(order: ParasolOrder): number {
    const catalog = this.catalog;
    if (!catalog) throw new Error('catalog not loaded');
    const canopy = catalog.canopies[order.canopy];
    return Math.round(order.diameterCm * canopy.pricePerCm + catalog.ribSurcharge[order.ribs]);
  }

  private async handleQuote(payload: unknown) {
    const order = parseOrder(payload);
    return { status: 200, body: { priceYen: this.price(order), leadDays: this.catalog?.canopies[order.canopy].leadDays } };
  }

  private async handlePlace(payload: unknown) {
    const order = parseOrder(payload);
    const priceYen = this.price(order);
    await orderStore.save(order, priceYen);
    return { status: 201, body: { id: order.id, priceYen } };
  }

  private async handleStatus(payload: unknown) {
    const id = (payload as { id?: string }).id ?? '';
    const order = await orderStore.get(id);
    return order ? { status: 200, body: order } : { status: 404, body: { error: `no order ${id}` } };
  }
}
