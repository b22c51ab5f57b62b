// expect: none
// The async per-lot callbacks are collected by map and awaited through Promise.all, so every settlement finishes (or fails the batch) before the sale summary is returned.
export interface SoldLot {
  lotNumber: string;
  buyerId: string;
  kg: number;
  hammerPerKg: number;
  warehouse: string;
}

export interface BuyerLedger {
  debit(buyerId: string, amount: number, memo: string): Promise<string>;
}

export interface WarehouseDesk {
  issueDeliveryOrder(warehouse: string, lotNumber: string, buyerId: string): Promise<string>;
}

export interface SettlementLine {
  lotNumber: string;
  buyerId: string;
  gross: number;
  brokerage: number;
  ledgerRef: string;
  deliveryOrder: string;
}

const BROKERAGE_RATE = 0.01;

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

export class SaleSettlement {
  constructor(
    private readonly ledger: BuyerLedger,
    private readonly warehouses: WarehouseDesk,
  ) {}

  async settleSale(saleNo: string, lots: SoldLot[]): Promise<SettlementLine[]> {
    const lines = await Promise.all(
      lots.map(async (lot) => {
        const gross = roundCents(lot.kg * lot.hammerPerKg);
        const brokerage = roundCents(gross * BROKERAGE_RATE);
        const ledgerRef = await this.ledger.debit(lot.buyerId, gross + brokerage, `sale ${saleNo} lot ${lot.lotNumber}`);
        const deliveryOrder = await this.warehouses.issueDeliveryOrder(lot.warehouse, lot.lotNumber, lot.buyerId);
        return { lotNumber: lot.lotNumber, buyerId: lot.buyerId, gross, brokerage, ledgerRef, deliveryOrder };
      }),
    );
    return lines.sort((a, b) => a.lotNumber.localeCompare(b.lotNumber));
  }

  buyerTotals(lines: SettlementLine[]): Map<string, number> {
    const totals = new Map<string, number>();
    for (const line of lines) {
      totals.set(line.buyerId, roundCents((totals.get(line.buyerId) ?? 0) + line.gross + line.brokerage));
    }
    return totals;
  }

  averagePrice(lots: SoldLot[]): number {
    const kg = lots.reduce((sum, lot) => sum + lot.kg, 0);
    const value = lots.reduce((sum, lot) => sum + lot.kg * lot.hammerPerKg, 0);
    return kg === 0 ? 0 : roundCents(value / kg);
  }
}
