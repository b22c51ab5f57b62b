// expect: none
// Method references are handed only to APIs that take callbacks (poller, gavel hook, map); every place that wants data gets an awaited call.
export interface MeteoriteLot {
  lotId: string;
  name: string;
  classification: 'chondrite' | 'iron' | 'pallasite' | 'achondrite';
  massGrams: number;
  reserveUsd: number;
  provenanceVerified: boolean;
}

export interface Bidder {
  bidderId: string;
  paddle: number;
  creditLimitUsd: number;
}

export interface CatalogEntry {
  lotId: string;
  title: string;
  estimate: string;
}

declare const lotService: {
  listLots(saleId: string): Promise<MeteoriteLot[]>;
  listBidders(saleId: string): Promise<Bidder[]>;
  recordHammer(lotId: string, paddle: number, priceUsd: number): Promise<void>;
};

declare const poller: {
  register(name: string, task: () => Promise<void>, everyMs: number): { stop(): void };
};

declare const auctioneerConsole: {
  onGavel(handler: (lotId: string, paddle: number, priceUsd: number) => Promise<void>): void;
  publishCatalog(saleId: string, entries: CatalogEntry[]): Promise<void>;
};

export class MeteoriteCatalog {
  private lots: MeteoriteLot[] = [];
  private bidders = new Map<number, Bidder>();
  private handle?: { stop(): void };

  constructor(private readonly saleId: string) {}

  async start(): Promise<void> {
    await this.refresh();
    this.handle = poller.register(`catalog:${this.saleId}`, this.refresh.bind(this), 60_000);
    auctioneerConsole.onGavel(this.settleLot);
  }

  stop(): void {
    this.handle?.stop();
  }

  async refresh(): Promise<void> {
    const [lots, bidders] = await Promise.all([lotService.listLots(this.saleId), lotService.listBidders(this.saleId)]);
    this.lots = lots.filter((lot) => lot.provenanceVerified);
    this.bidders = new Map(bidders.map((b) => [b.paddle, b]));
    await auctioneerConsole.publishCatalog(this.saleId, this.lots.map(this.toEntry));
  }

  private readonly toEntry = (lot: MeteoriteLot): CatalogEntry => {
    const low = Math.round(lot.reserveUsd / 100) * 100;
    const high = Math.round((lot.reserveUsd * 1.6) / 100) * 100;
    return {
      lotId: lot.lotId,
      title: `${lot.name} (${lot.classification}, ${lot.massGrams.toLocaleString('en-US')} g)`,
      estimate: `$${low.toLocaleString('en-US')}–$${high.toLocaleString('en-US')}`,
    };
  };

  private readonly settleLot = async (lotId: string, paddle: number, priceUsd: number): Promise<void> => {
    const lot = this.lots.find((l) => l.lotId === lotId);
    if (!lot) throw new Error(`gavel for unknown lot ${lotId}`);
    const bidder = this.bidders.get(paddle);
    if (!bidder) throw new Error(`paddle ${paddle} is not registered for sale ${this.saleId}`);
    if (priceUsd < lot.reserveUsd) throw new Error(`hammer price below reserve for ${lotId}`);
    if (priceUsd > bidder.creditLimitUsd) throw new Error(`paddle ${paddle} exceeds credit limit`);
    await lotService.recordHammer(lotId, paddle, priceUsd);
  };
}
