// expect: no-promise-as-value
// bug: `colourwayName()` became async when the colour catalogue moved to the API, but the packing-slip template still interpolates its promise, printing "[object Promise]".
export interface PinwheelLine {
  sku: string;
  quantity: number;
  stickLengthCm: number;
}

export interface PinwheelShipment {
  orderId: string;
  customer: string;
  lines: PinwheelLine[];
  giftWrap: boolean;
}

declare const colourCatalogue: {
  lookup(colourwayCode: string): Promise<{ code: string; displayName: string } | undefined>;
};

declare const slipPrinter: {
  print(orderId: string, text: string): Promise<void>;
};

const BOX_CAPACITY = 24;

export class PackingSlipBuilder {
  private readonly names = new Map<string, string>();

  async colourwayName(sku: string): Promise<string> {
    const code = sku.split('-')[1] ?? 'STD';
    const known = this.names.get(code);
    if (known) {
      return known;
    }
    const entry = await colourCatalogue.lookup(code);
    const name = entry?.displayName ?? code;
    this.names.set(code, name);
    return name;
  }

  boxesFor(shipment: PinwheelShipment): number {
    const units = shipment.lines.reduce((sum, l) => sum + l.quantity, 0);
    return Math.max(1, Math.ceil(units / BOX_CAPACITY));
  }

  buildSlip(shipment: PinwheelShipment): string {
    const header = [
      `ORDER ${shipment.orderId}`,
      `Ship to: ${shipment.customer}`,
      `Boxes: ${this.boxesFor(shipment)}${shipment.giftWrap ? ' (gift wrapped)' : ''}`,
      '',
    ];
    const rows = shipment.lines.map(
      (line) =>
        `${String(line.quantity).padStart(4)} x ${line.sku.padEnd(14)} ${line.stickLengthCm} cm  ${this.colourwayName(line.sku)}`,
    );
    return [...header, ...rows].join('\n');
  }

  async printSlip(shipment: PinwheelShipment): Promise<string> {
    if (shipment.lines.length === 0) {
      throw new Error(`order ${shipment.orderId} has no lines to pack`);
    }
    const text = this.buildSlip(shipment);
    await slipPrinter.print(shipment.orderId, text);
    return text;
  }
}

export async function printDailySlips(builder: PackingSlipBuilder, shipments: PinwheelShipment[]): Promise<number> {
  let printed = 0;
  for (const shipment of shipments) {
    await builder.printSlip(shipment);
    printed += 1;
  }
  return printed;
}
