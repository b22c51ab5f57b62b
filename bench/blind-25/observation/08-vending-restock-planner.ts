// expect: none
// The telemetry promise gets its .catch fallback at creation, and the sales query is only started after the early-return checks, so no promise is left without a handler.
export interface Machine {
  machineId: string;
  siteId: string;
  active: boolean;
  slots: { slot: string; sku: string; capacity: number }[];
}

export interface SlotLevel {
  slot: string;
  remaining: number;
}

export interface RestockLine {
  slot: string;
  sku: string;
  qty: number;
}

export interface RestockPlan {
  machineId: string;
  lines: RestockLine[];
  estimated: boolean;
}

declare const telemetryApi: {
  latestLevels(machineId: string): Promise<SlotLevel[]>;
};

declare const salesDb: {
  unitsSoldSince(machineId: string, since: Date): Promise<Map<string, number>>;
  lastRestock(machineId: string): Promise<{ at: Date; filled: Map<string, number> } | null>;
};

export async function planRestock(machine: Machine): Promise<RestockPlan | null> {
  if (!machine.active || machine.slots.length === 0) {
    return null;
  }

  // Many machines sit on flaky cellular modems; fall back to sales-based estimates.
  const levelsRequest = telemetryApi
    .latestLevels(machine.machineId)
    .catch(() => null as SlotLevel[] | null);

  const previous = await salesDb.lastRestock(machine.machineId);
  if (!previous) {
    const levels = await levelsRequest;
    return levels ? fromLevels(machine, levels) : fillEverything(machine);
  }

  const sold = await salesDb.unitsSoldSince(machine.machineId, previous.at);
  const levels = await levelsRequest;
  if (levels) {
    return fromLevels(machine, levels);
  }

  const lines: RestockLine[] = [];
  for (const { slot, sku, capacity } of machine.slots) {
    const filled = previous.filled.get(slot) ?? capacity;
    const remaining = Math.max(0, filled - (sold.get(slot) ?? 0));
    if (remaining < capacity) {
      lines.push({ slot, sku, qty: capacity - remaining });
    }
  }
  return { machineId: machine.machineId, lines, estimated: true };
}

function fromLevels(machine: Machine, levels: SlotLevel[]): RestockPlan {
  const bySlot = new Map(levels.map((l) => [l.slot, l.remaining]));
  const lines = machine.slots
    .map(({ slot, sku, capacity }) => ({ slot, sku, qty: capacity - (bySlot.get(slot) ?? 0) }))
    .filter((line) => line.qty > 0);
  return { machineId: machine.machineId, lines, estimated: false };
}

function fillEverything(machine: Machine): RestockPlan {
  return {
    machineId: machine.machineId,
    lines: machine.slots.map(({ slot, sku, capacity }) => ({ slot, sku, qty: capacity })),
    estimated: true,
  };
}
