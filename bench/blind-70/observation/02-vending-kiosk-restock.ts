// expect: none
// correct: every Promise.allSettled result is narrowed on `status` before `value` or `reason` is read, and failed kiosks are reported separately.
export interface KioskInventory {
  kioskId: string;
  slots: Array<{ slot: string; sku: string; count: number; capacity: number }>;
}

export interface PickLine {
  kioskId: string;
  slot: string;
  sku: string;
  quantity: number;
}

declare const telemetry: {
  inventory(kioskId: string): Promise<KioskInventory>;
};

declare const warehouse: {
  createPickList(route: string, lines: PickLine[]): Promise<{ pickListId: string }>;
};

declare const opsChat: {
  post(channel: string, text: string): Promise<void>;
};

const RESTOCK_THRESHOLD = 0.4;

function linesFor(inventory: KioskInventory): PickLine[] {
  return inventory.slots
    .filter((s) => s.count / s.capacity < RESTOCK_THRESHOLD)
    .map((s) => ({ kioskId: inventory.kioskId, slot: s.slot, sku: s.sku, quantity: s.capacity - s.count }));
}

export async function planRoute(route: string, kioskIds: string[]): Promise<{
  pickListId: string | undefined;
  lines: PickLine[];
  unreachable: string[];
}> {
  const results = await Promise.allSettled(kioskIds.map((id) => telemetry.inventory(id)));

  const lines: PickLine[] = [];
  const unreachable: string[] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      lines.push(...linesFor(result.value));
    } else {
      unreachable.push(`${kioskIds[i]} (${String(result.reason)})`);
    }
  });

  if (unreachable.length > 0) {
    await opsChat.post('#restock', `route ${route}: no telemetry from ${unreachable.join(', ')}`);
  }

  if (lines.length === 0) {
    return { pickListId: undefined, lines, unreachable };
  }

  lines.sort((a, b) => a.kioskId.localeCompare(b.kioskId) || a.slot.localeCompare(b.slot));
  const { pickListId } = await warehouse.createPickList(route, lines);
  return { pickListId, lines, unreachable };
}

export function summariseBySku(lines: PickLine[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines) {
    totals.set(line.sku, (totals.get(line.sku) ?? 0) + line.quantity);
  }
  return totals;
}
