// expect: none
// The customer and stock lookups are started together and immediately combined with Promise.all, so neither can reject without a handler attached.
export interface NibCustomer {
  id: string;
  name: string;
  writingAngleDeg: number;
  leftHanded: boolean;
}

export interface NibStock {
  sku: string;
  material: 'steel' | '14k' | '18k' | '21k';
  size: 'EF' | 'F' | 'M' | 'B' | 'BB';
  onHand: number;
}

export interface NibShopApi {
  getCustomer(customerId: string): Promise<NibCustomer>;
  getStock(sku: string): Promise<NibStock>;
  createWorkOrder(order: GrindWorkOrder): Promise<{ orderId: string }>;
}

export type GrindStyle = 'cursive-italic' | 'stub' | 'architect' | 'oblique' | 'needlepoint';

export interface GrindWorkOrder {
  customerId: string;
  sku: string;
  grind: GrindStyle;
  obliqueDeg: number;
  notes: string;
}

export class NibOrderIntake {
  constructor(private readonly api: NibShopApi) {}

  async intake(customerId: string, sku: string, grind: GrindStyle): Promise<string> {
    const customerRequest = this.api.getCustomer(customerId);
    const stockRequest = this.api.getStock(sku);
    const [customer, stock] = await Promise.all([customerRequest, stockRequest]);

    if (stock.onHand < 1) {
      throw new Error(`nib ${sku} is out of stock`);
    }
    if (grind === 'architect' && (stock.size === 'EF' || stock.size === 'F')) {
      throw new Error(`an architect grind needs at least a medium nib, got ${stock.size}`);
    }

    const order: GrindWorkOrder = {
      customerId,
      sku,
      grind,
      obliqueDeg: this.obliqueFor(customer, grind),
      notes: customer.leftHanded ? 'left-handed writer: check underwriter' : '',
    };
    const { orderId } = await this.api.createWorkOrder(order);
    return orderId;
  }

  private obliqueFor(customer: NibCustomer, grind: GrindStyle): number {
    if (grind !== 'oblique') return 0;
    const base = customer.leftHanded ? -15 : 15;
    return Math.max(-30, Math.min(30, base + (customer.writingAngleDeg - 45) / 3));
  }
}
