// expect: no-read-before-settle
// bug: `planogram` is reassigned inside the `.then()` callback, but `restockPlan()` reads it synchronously on the next line, so it always plans from the stale cached planogram.
export interface PlanogramSlot {
  slot: string;
  sku: string;
  capacity: number;
  parLevel: number;
}

export interface Planogram {
  kioskId: string;
  version: number;
  slots: PlanogramSlot[];
}

export interface SlotCount {
  slot: string;
  count: number;
}

export interface RestockLine {
  slot: string;
  sku: string;
  add: number;
  swapFrom?: string;
}

declare const planogramService: {
  current(kioskId: string): Promise<Planogram>;
};

declare const ops: {
  warn(message: string): void;
};

export class KioskRestocker {
  private readonly cached = new Map<string, Planogram>();

  constructor(private readonly fallback: (kioskId: string) => Planogram) {}

  private diff(planogram: Planogram, counts: SlotCount[], loadedSkus: Map<string, string>): RestockLine[] {
    const bySlot = new Map(counts.map((c) => [c.slot, c.count]));
    const lines: RestockLine[] = [];
    for (const slot of planogram.slots) {
      const onHand = bySlot.get(slot.slot) ?? 0;
      const loaded = loadedSkus.get(slot.slot);
      if (loaded && loaded !== slot.sku) {
        lines.push({ slot: slot.slot, sku: slot.sku, add: slot.capacity, swapFrom: loaded });
        continue;
      }
      if (onHand < slot.parLevel) {
        lines.push({ slot: slot.slot, sku: slot.sku, add: slot.capacity - onHand });
      }
    }
    return lines;
  }

  restockPlan(kioskId: string, counts: SlotCount[], loadedSkus: Map<string, string>): RestockLine[] {
    let planogram = this.cached.get(kioskId) ?? this.fallback(kioskId);

    planogramService.current(kioskId).then(
      (latest) => {
        if (latest.version > planogram.version) {
          planogram = latest;
          this.cached.set(kioskId, latest);
        }
      },
      (err: unknown) => ops.warn(`planogram for ${kioskId} unavailable: ${String(err)}`),
    );

    return this.diff(planogram, counts, loadedSkus);
  }

  pickTotals(lines: RestockLine[]): Map<string, number> {
    const totals = new Map<string, number>();
    for (const line of lines) {
      totals.set(line.sku, (totals.get(line.sku) ?? 0) + line.add);
    }
    return totals;
  }
}
