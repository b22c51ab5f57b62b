// expect: no-read-before-settle
// partsCents is assigned inside the legacy inventory callback, which runs after buildEstimate has already added it to the total, so every estimate quotes labour only and the parts are given away.
export interface RepairOrder {
  id: string;
  penModel: string;
  parts: string[];
  labourMinutes: number;
  rush: boolean;
}

export interface LegacyInventory {
  priceParts(skus: string[], cb: (err: Error | null, totalCents?: number) => void): void;
}

export interface Estimate {
  orderId: string;
  labourCents: number;
  partsCents: number;
  totalCents: number;
  text: string;
}

const LABOUR_CENTS_PER_HOUR = 6_000;
const RUSH_FACTOR = 1.5;

export class EstimateDesk {
  private readonly warnings: string[] = [];

  constructor(private readonly inventory: LegacyInventory) {}

  buildEstimate(order: RepairOrder): Estimate {
    let labourCents = Math.round((order.labourMinutes / 60) * LABOUR_CENTS_PER_HOUR);
    if (order.rush) labourCents = Math.round(labourCents * RUSH_FACTOR);

    let partsCents = 0;
    this.inventory.priceParts(order.parts, (err, total) => {
      if (err) {
        this.warnings.push(`${order.id}: could not price parts (${err.message})`);
        return;
      }
      partsCents = total ?? 0;
    });

    const totalCents = labourCents + partsCents;
    return {
      orderId: order.id,
      labourCents,
      partsCents,
      totalCents,
      text: `${order.penModel}: labour ${(labourCents / 100).toFixed(2)}, parts ${(partsCents / 100).toFixed(2)}, total ${(totalCents / 100).toFixed(2)} EUR`,
    };
  }

  drainWarnings(): string[] {
    return this.warnings.splice(0);
  }
}
