// expect: no-floating-promises
// crates.forEach(async …) drops every promise the callback returns, so receiveDelivery reports the delivery as shelved before any ledger write finishes and a failing ledger write becomes an unhandled rejection.
export interface Crate {
  barcode: string;
  description: string;
  weightKg: number;
}

export interface Delivery {
  production: string;
  fromVenue: string;
  crates: Crate[];
}

export interface LedgerEntry {
  barcode: string;
  bay: string;
  production: string;
  receivedAt: string;
}

export interface StockLedger {
  record(entry: LedgerEntry): Promise<void>;
}

export interface BayAllocator {
  allocate(count: number, production: string): Promise<string[]>;
}

export interface ReceiptSummary {
  production: string;
  crates: number;
  bays: string[];
  heavyLifts: string[];
}

export class PropWarehouse {
  private readonly onHand = new Map<string, string>();

  constructor(
    private readonly ledger: StockLedger,
    private readonly allocator: BayAllocator,
    private readonly heavyLiftKg = 80,
  ) {}

  async receiveDelivery(delivery: Delivery): Promise<ReceiptSummary> {
    const { production, crates } = delivery;
    if (crates.length === 0) return { production, crates: 0, bays: [], heavyLifts: [] };

    const bays = await this.allocator.allocate(crates.length, production);
    if (bays.length < crates.length) {
      throw new Error(`only ${bays.length} bays free for ${crates.length} crates of ${production}`);
    }

    const receivedAt = new Date().toISOString();
    crates.forEach(async (crate, i) => {
      await this.ledger.record({ barcode: crate.barcode, bay: bays[i], production, receivedAt });
      this.onHand.set(crate.barcode, bays[i]);
    });

    return {
      production,
      crates: crates.length,
      bays: [...new Set(bays)],
      heavyLifts: crates.filter((c) => c.weightKg >= this.heavyLiftKg).map((c) => c.barcode),
    };
  }

  whereIs(barcode: string): string | undefined {
    return this.onHand.get(barcode);
  }
}
