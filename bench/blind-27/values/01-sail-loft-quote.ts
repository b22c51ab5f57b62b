// expect: no-promise-as-value
// The quote email interpolates `leadWeeks`, the un-awaited Promise from estimateLeadTime, so customers read "[object Promise] weeks".
import { randomUUID } from 'node:crypto';

export type SailKind = 'main' | 'genoa' | 'jib' | 'spinnaker';

export interface SailSpec {
  kind: SailKind;
  luffMeters: number;
  footMeters: number;
  cloth: string;
  reefPoints: number;
}

export interface Customer {
  name: string;
  email: string;
  boatName: string;
}

declare const clothSupplier: {
  pricePerSquareMeter(cloth: string): Promise<number>;
  metersInStock(cloth: string): Promise<number>;
};

declare const loftCalendar: {
  weeksOfQueuedWork(): Promise<number>;
};

declare const mailer: {
  send(to: string, subject: string, body: string): Promise<void>;
};

const LABOUR_PER_SQM: Record<SailKind, number> = {
  main: 38,
  genoa: 34,
  jib: 30,
  spinnaker: 22,
};

const REEF_POINT_COST = 65;

function sailArea(spec: SailSpec): number {
  // Triangle approximation with a roach allowance for mains.
  const base = (spec.luffMeters * spec.footMeters) / 2;
  return spec.kind === 'main' ? base * 1.12 : base;
}

function formatMoney(amount: number): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(amount);
}

async function estimateLeadTime(spec: SailSpec, area: number): Promise<number> {
  const [queued, stock] = await Promise.all([
    loftCalendar.weeksOfQueuedWork(),
    clothSupplier.metersInStock(spec.cloth),
  ]);
  // Cloth is 1.37m wide; if we need to order a bolt it adds roughly three weeks.
  const metersNeeded = (area / 1.37) * 1.15;
  const clothDelay = stock >= metersNeeded ? 0 : 3;
  return queued + clothDelay + (spec.kind === 'spinnaker' ? 1 : 2);
}

export interface Quote {
  id: string;
  customer: Customer;
  spec: SailSpec;
  area: number;
  price: number;
}

export class QuoteBuilder {
  constructor(private readonly marginRate = 0.18) {}

  async build(customer: Customer, spec: SailSpec): Promise<Quote> {
    const area = sailArea(spec);
    const clothRate = await clothSupplier.pricePerSquareMeter(spec.cloth);
    const labour = LABOUR_PER_SQM[spec.kind] * area;
    const reefs = spec.reefPoints * REEF_POINT_COST;
    const price = Math.round((area * clothRate + labour + reefs) * (1 + this.marginRate));

    const quote: Quote = { id: randomUUID(), customer, spec, area, price };
    const leadWeeks = estimateLeadTime(spec, area);

    const body = [
      `Dear ${customer.name},`,
      '',
      `Thank you for your enquiry about a new ${spec.kind} for ${customer.boatName}.`,
      `Sail area: ${area.toFixed(1)} m² in ${spec.cloth}.`,
      `Price: ${formatMoney(price)} including ${spec.reefPoints} reef point(s).`,
      `Estimated delivery: ${leadWeeks} weeks from deposit.`,
      '',
      `Quote reference ${quote.id.slice(0, 8).toUpperCase()}`,
    ].join('\n');

    await mailer.send(customer.email, `Your sail quote for ${customer.boatName}`, body);
    return quote;
  }
}
