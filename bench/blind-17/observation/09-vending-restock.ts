// expect: no-unobserved-promise
// The telemetry snapshot request is started before the maintenance-mode check, and that early return leaves the pending promise with no handler.
export interface Machine {
  id: string;
  site: string;
  mode: 'active' | 'maintenance' | 'retired';
  slots: number;
  slotCapacity: number;
}

export interface SlotLevel {
  slot: number;
  sku: string;
  remaining: number;
}

export interface RestockLine {
  slot: number;
  sku: string;
  quantity: number;
}

export interface RestockOrder {
  machineId: string;
  site: string;
  lines: RestockLine[];
  urgent: boolean;
}

declare const telemetry: {
  fetchSnapshot(machineId: string): Promise<SlotLevel[]>;
};

declare const planogram: {
  skusFor(machineId: string): Promise<Map<number, string>>;
};

const REFILL_BELOW_FRACTION = 0.3;

export class RestockPlanner {
  private readonly skipped = new Map<string, string>();

  async buildOrder(machine: Machine): Promise<RestockOrder | null> {
    const snapshot = telemetry.fetchSnapshot(machine.id);

    if (machine.mode !== 'active') {
      this.skipped.set(machine.id, `machine in ${machine.mode} mode`);
      return null;
    }

    const [levels, skus] = await Promise.all([snapshot, planogram.skusFor(machine.id)]);
    const lines: RestockLine[] = [];
    let emptySlots = 0;

    for (const level of levels) {
      const expectedSku = skus.get(level.slot);
      if (expectedSku && expectedSku !== level.sku) {
        // Planogram changed since last visit: fill the slot completely with the new product.
        lines.push({ slot: level.slot, sku: expectedSku, quantity: machine.slotCapacity });
        continue;
      }
      if (level.remaining === 0) emptySlots++;
      if (level.remaining < machine.slotCapacity * REFILL_BELOW_FRACTION) {
        lines.push({ slot: level.slot, sku: level.sku, quantity: machine.slotCapacity - level.remaining });
      }
    }

    if (lines.length === 0) return null;
    return {
      machineId: machine.id,
      site: machine.site,
      lines: lines.sort((a, b) => a.slot - b.slot),
      urgent: emptySlots >= Math.ceil(machine.slots / 4),
    };
  }

  async planRoute(machines: readonly Machine[]): Promise<RestockOrder[]> {
    const orders: RestockOrder[] = [];
    for (const machine of machines) {
      const order = await this.buildOrder(machine);
      if (order) orders.push(order);
    }
    return orders.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.site.localeCompare(b.site));
  }

  skippedReasons(): ReadonlyMap<string, string> {
    return this.skipped;
  }
}
