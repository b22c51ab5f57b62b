// expect: no-promise-as-value
// The low-stock message interpolates this.hopperLevel(), an async method, so the alert text reads "[object Promise]" instead of the remaining kilograms.
export interface FeedHopper {
  hopperId: string;
  feed: 'timothy-hay' | 'alfalfa' | 'oats' | 'beet-pulp' | 'senior-mix';
  capacityKg: number;
  loadCellAddress: number;
}

export interface DispenseEvent {
  hopperId: string;
  stallId: string;
  grams: number;
  at: Date;
}

declare const loadCells: {
  read(address: number): Promise<{ grams: number; tareGrams: number }>;
};

declare const yardPager: {
  page(group: 'grooms' | 'yard-manager', text: string): Promise<void>;
};

declare const stableLog: {
  info(msg: string): void;
};

export class HopperMonitor {
  private readonly hoppers = new Map<string, FeedHopper>();
  private readonly dispensedToday = new Map<string, number>();
  private readonly paged = new Set<string>();

  constructor(hoppers: FeedHopper[], private readonly lowFraction = 0.15) {
    for (const h of hoppers) this.hoppers.set(h.hopperId, h);
  }

  async hopperLevel(hopperId: string): Promise<number> {
    const hopper = this.hoppers.get(hopperId);
    if (!hopper) throw new Error(`unknown hopper ${hopperId}`);
    const { grams, tareGrams } = await loadCells.read(hopper.loadCellAddress);
    return Math.max(0, (grams - tareGrams) / 1000);
  }

  private dailyUsageKg(hopperId: string): number {
    return (this.dispensedToday.get(hopperId) ?? 0) / 1000;
  }

  async onDispense(event: DispenseEvent): Promise<void> {
    const hopper = this.hoppers.get(event.hopperId);
    if (!hopper) return;
    this.dispensedToday.set(event.hopperId, (this.dispensedToday.get(event.hopperId) ?? 0) + event.grams);
    stableLog.info(`${event.stallId} fed ${event.grams} g of ${hopper.feed}`);

    const levelKg = await this.hopperLevel(event.hopperId);
    if (levelKg > hopper.capacityKg * this.lowFraction) {
      this.paged.delete(event.hopperId);
      return;
    }
    if (this.paged.has(event.hopperId)) return;
    this.paged.add(event.hopperId);

    const usage = this.dailyUsageKg(event.hopperId);
    const hoursLeft = usage > 0 ? (levelKg / usage) * 24 : Number.POSITIVE_INFINITY;
    const urgency = hoursLeft < 6 ? 'yard-manager' : 'grooms';
    await yardPager.page(
      urgency,
      `Hopper ${hopper.hopperId} (${hopper.feed}) low: ${this.hopperLevel(hopper.hopperId)} kg left, ` +
        `about ${Number.isFinite(hoursLeft) ? Math.floor(hoursLeft) : '?'} h at today's rate`,
    );
  }

  resetDay(): void {
    this.dispensedToday.clear();
  }
}
