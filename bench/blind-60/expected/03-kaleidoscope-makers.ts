// expect: no-reused-settled-promise
// quoteOrder starts one glass-supplier request and its retry loop re-awaits that same settled promise, so a transient failure is never actually retried.
export interface MirrorSpec {
  mirrors: 2 | 3 | 4;
  lengthMm: number;
  angleDeg: number;
  coating: 'first-surface' | 'back-silvered';
}

export interface ScopeOrder {
  orderId: string;
  body: 'brass' | 'walnut' | 'acrylic';
  objectCell: 'oil' | 'dry' | 'wand';
  spec: MirrorSpec;
  quantity: number;
}

export interface Quote {
  orderId: string;
  glassCost: number;
  bodyCost: number;
  cellCost: number;
  leadTimeDays: number;
}

export class SupplierError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'SupplierError';
  }
}

declare const glassSupplier: {
  priceMirrors(spec: MirrorSpec, quantity: number): Promise<{ unitPrice: number; leadTimeDays: number }>;
};

declare function sleep(ms: number): Promise<void>;

const BODY_COST: Record<ScopeOrder['body'], number> = { brass: 64, walnut: 41, acrylic: 12 };
const CELL_COST: Record<ScopeOrder['objectCell'], number> = { oil: 18, dry: 9, wand: 22 };

function isTransient(err: unknown): boolean {
  return err instanceof SupplierError && (err.status === 429 || err.status >= 500);
}

export class QuoteService {
  constructor(private readonly maxAttempts = 4, private readonly baseDelayMs = 400) {}

  async quoteOrder(order: ScopeOrder): Promise<Quote> {
    validateSpec(order.spec);

    const glassRequest = glassSupplier.priceMirrors(order.spec, order.quantity * order.spec.mirrors);
    let glass: { unitPrice: number; leadTimeDays: number } | undefined;
    for (let attempt = 1; glass === undefined; attempt++) {
      try {
        glass = await glassRequest;
      } catch (err) {
        if (!isTransient(err) || attempt >= this.maxAttempts) throw err;
        await sleep(this.baseDelayMs * 2 ** (attempt - 1));
      }
    }

    return {
      orderId: order.orderId,
      glassCost: round2(glass.unitPrice * order.quantity * order.spec.mirrors),
      bodyCost: BODY_COST[order.body] * order.quantity,
      cellCost: CELL_COST[order.objectCell] * order.quantity,
      leadTimeDays: glass.leadTimeDays + (order.body === 'brass' ? 10 : 4),
    };
  }

  async quoteAll(orders: ScopeOrder[]): Promise<Quote[]> {
    const quotes: Quote[] = [];
    for (const order of orders) {
      quotes.push(await this.quoteOrder(order));
    }
    return quotes;
  }
}

function validateSpec(spec: MirrorSpec): void {
  const expectedAngle = 360 / (2 * spec.mirrors);
  if (Math.abs(spec.angleDeg - expectedAngle) > 0.5) {
    throw new RangeError(`${spec.mirrors}-mirror system needs ${expectedAngle} degrees, got ${spec.angleDeg}`);
  }
  if (spec.lengthMm < 80 || spec.lengthMm > 600) {
    throw new RangeError(`mirror length ${spec.lengthMm}mm out of range`);
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function totalOf(q: Quote): number {
  return round2(q.glassCost + q.bodyCost + q.cellCost);
}
