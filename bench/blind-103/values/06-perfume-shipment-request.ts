// expect: no-promise-as-value
// The customs reference is taken from declarationRef() without await and placed in the JSON body, where a Promise serialises as {}, so every international sample parcel is booked without a customs declaration and gets held at the border.
export interface Vial {
  sku: string;
  ml: number;
  alcoholPct: number;
}

export interface SampleOrder {
  id: string;
  recipientName: string;
  address: { line1: string; city: string; postcode: string; country: string };
  vials: Vial[];
}

export interface ShipmentResult {
  orderId: string;
  trackingNo: string;
  labelUrl: string;
}

export interface CustomsDesk {
  declarationRef(order: SampleOrder): Promise<string>;
}

const VIAL_GRAMS = 9;
const PACKAGING_GRAMS = 35;
const HAZMAT_ALCOHOL_PCT = 24;

export class SampleMailer {
  constructor(
    private readonly carrierUrl: string,
    private readonly apiKey: string,
    private readonly customs: CustomsDesk,
    private readonly homeCountry = 'FR',
  ) {}

  async createShipment(order: SampleOrder): Promise<ShipmentResult> {
    if (order.vials.length === 0) throw new Error(`order ${order.id} has no vials`);
    const international = order.address.country !== this.homeCountry;
    const weightGrams = PACKAGING_GRAMS + order.vials.length * VIAL_GRAMS;

    const body = JSON.stringify({
      reference: order.id,
      recipient: { name: order.recipientName, ...order.address },
      weightGrams,
      contents: order.vials.map((v) => ({ sku: v.sku, ml: v.ml, flammable: v.alcoholPct > HAZMAT_ALCOHOL_PCT })),
      customsRef: international ? this.customs.declarationRef(order) : null,
    });

    const res = await fetch(`${this.carrierUrl}/v2/shipments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': this.apiKey },
      body,
    });
    if (!res.ok) {
      throw new Error(`carrier refused order ${order.id}: HTTP ${res.status} ${await res.text()}`);
    }
    const created = (await res.json()) as { tracking_number: string; label_url: string };
    return { orderId: order.id, trackingNo: created.tracking_number, labelUrl: created.label_url };
  }

  async createAll(orders: SampleOrder[]): Promise<ShipmentResult[]> {
    const results: ShipmentResult[] = [];
    for (const order of orders) {
      results.push(await this.createShipment(order));
    }
    return results;
  }
}
