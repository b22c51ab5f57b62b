// expect: none
// The reserve and provenance are awaited before the card text is built, and the reserve in the JSON body is awaited inline, so the template string and payload only ever contain resolved values.
export interface Lot {
  id: string;
  number: number;
  genus: string;
  species: string;
  cultivar?: string;
  citesPermit: string | null;
}

export interface Provenance {
  origin: 'nursery' | 'private collection' | 'seed-grown';
  grower: string;
  since: number;
}

export interface PricingService {
  reserveFor(lotId: string): Promise<number>;
}

export interface ProvenanceRegistry {
  lookup(lotId: string, permit: string | null): Promise<Provenance>;
}

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });

export class CatalogueCards {
  constructor(
    private readonly pricing: PricingService,
    private readonly registry: ProvenanceRegistry,
    private readonly publishUrl: string,
  ) {}

  async renderCard(lot: Lot): Promise<string> {
    const [reserve, provenance] = await Promise.all([
      this.pricing.reserveFor(lot.id),
      this.registry.lookup(lot.id, lot.citesPermit),
    ]);
    const name = `${lot.genus} ${lot.species}${lot.cultivar ? ` '${lot.cultivar}'` : ''}`;
    return [
      `Lot ${lot.number}: ${name}`,
      `Reserve ${gbp.format(reserve)}`,
      `${provenance.origin} (${provenance.grower}, since ${provenance.since})`,
      lot.citesPermit ? `CITES permit ${lot.citesPermit}` : 'No permit required',
    ].join('\n');
  }

  async publish(lot: Lot): Promise<void> {
    const card = await this.renderCard(lot);
    const res = await fetch(this.publishUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        lotId: lot.id,
        card,
        reserveGbp: await this.pricing.reserveFor(lot.id),
        publishedAt: new Date().toISOString(),
      }),
    });
    if (!res.ok) throw new Error(`catalogue rejected lot ${lot.number}: HTTP ${res.status}`);
  }

  async publishSale(lots: Lot[]): Promise<number> {
    for (const lot of lots) await this.publish(lot);
    return lots.length;
  }
}
