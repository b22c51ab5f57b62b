// expect: no-unobserved-promise
// The parts lookup is started early and held while the repair history is awaited, so if the catalogue rejects first there is no handler on it yet and Node reports an unhandled rejection that kills the workshop server.
export interface PartListing {
  sku: string;
  description: string;
  inStock: number;
  priceCents: number;
}

export interface RepairRecord {
  date: string;
  technician: string;
  work: string;
}

export interface PartsCatalogue {
  lookup(model: string, component: string): Promise<PartListing[]>;
}

export interface ServiceHistory {
  forSerial(serial: string): Promise<RepairRecord[]>;
}

export interface Estimate {
  serial: string;
  component: string;
  parts: PartListing[];
  laborHours: number;
  previousRepairs: number;
  totalCents: number;
}

const HOURLY_CENTS = 6_500;

export class EstimateDesk {
  constructor(
    private readonly catalogue: PartsCatalogue,
    private readonly history: ServiceHistory,
  ) {}

  async estimate(serial: string, model: string, component: string): Promise<Estimate> {
    const partsRequest = this.catalogue.lookup(model, component);

    const records = await this.history.forSerial(serial);
    const repeatVisits = records.filter((r) => r.work.toLowerCase().includes(component.toLowerCase()));
    const laborHours = repeatVisits.length > 1 ? 3 : component === 'escapement' ? 2.5 : 1.5;

    const parts = (await partsRequest).filter((p) => p.inStock > 0);
    if (parts.length === 0) {
      throw new Error(`no ${component} parts in stock for ${model}`);
    }
    const cheapest = parts.reduce((min, p) => (p.priceCents < min.priceCents ? p : min));

    return {
      serial,
      component,
      parts: [cheapest],
      laborHours,
      previousRepairs: records.length,
      totalCents: cheapest.priceCents + Math.round(laborHours * HOURLY_CENTS),
    };
  }

  async quoteText(serial: string, model: string, component: string): Promise<string> {
    const e = await this.estimate(serial, model, component);
    const dollars = (e.totalCents / 100).toFixed(2);
    return [
      `Typewriter ${model} (#${serial})`,
      `  ${component}: ${e.parts.map((p) => p.description).join(', ')}`,
      `  labour: ${e.laborHours}h  seen ${e.previousRepairs} time(s) before`,
      `  total: $${dollars}`,
    ].join('\n');
  }
}
