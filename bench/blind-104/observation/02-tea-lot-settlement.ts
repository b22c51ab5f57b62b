// expect: no-floating-promises
// closeOfDay hands an async callback to forEach, which ignores the returned promises, so it reports every lot as settled before any ledger write finishes and a failed settlement surfaces only as an unhandled rejection.
export interface SoldLot {
  lotId: string;
  estate: string;
  buyer: string;
  kilos: number;
  pricePerKg: number;
}

export interface Ledger {
  settle(entry: { lotId: string; buyer: string; amount: number; brokerage: number }): Promise<string>;
}

export interface WarehouseClient {
  release(lotId: string, buyer: string): Promise<void>;
}

export interface DayReport {
  lots: number;
  grossValue: number;
  brokerage: number;
}

const BROKERAGE_RATE = 0.0125;

export class SettlementDesk {
  private readonly receipts = new Map<string, string>();

  constructor(
    private readonly ledger: Ledger,
    private readonly warehouse: WarehouseClient,
  ) {}

  receiptFor(lotId: string): string | undefined {
    return this.receipts.get(lotId);
  }

  closeOfDay(sold: SoldLot[]): DayReport {
    let grossValue = 0;
    let brokerage = 0;

    sold.forEach(async (lot) => {
      const amount = Math.round(lot.kilos * lot.pricePerKg * 100) / 100;
      const fee = Math.round(amount * BROKERAGE_RATE * 100) / 100;
      grossValue += amount;
      brokerage += fee;
      const receipt = await this.ledger.settle({ lotId: lot.lotId, buyer: lot.buyer, amount, brokerage: fee });
      this.receipts.set(lot.lotId, receipt);
      await this.warehouse.release(lot.lotId, lot.buyer);
    });

    return { lots: sold.length, grossValue, brokerage };
  }
}

export function summarise(report: DayReport): string {
  const avg = report.lots === 0 ? 0 : report.grossValue / report.lots;
  return `${report.lots} lots, gross ${report.grossValue.toFixed(2)}, avg ${avg.toFixed(2)}, brokerage ${report.brokerage.toFixed(2)}`;
}
