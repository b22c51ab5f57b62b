// expect: none
// Shelf loads are started inside the loop one at a time and awaited immediately, so the early return never leaves a started promise behind; parallel reads go through Promise.all.
export interface GlassPanel {
  id: string;
  thicknessMm: number;
  coe: 90 | 96;
  hasPaint: boolean;
}

export interface ShelfPlan {
  shelf: number;
  panels: GlassPanel[];
}

export interface LoadOutcome {
  loadedShelves: number[];
  stoppedAt: number | null;
  reason: string | null;
}

interface KilnController {
  placeShelf(shelf: number, panelIds: string[]): Promise<{ ok: boolean; detail: string }>;
  shelfClearanceMm(shelf: number): Promise<number>;
  doorClosed(): Promise<boolean>;
  startSchedule(name: string): Promise<void>;
}

declare const studioInventory: {
  panels(ids: string[]): Promise<GlassPanel[]>;
  markLoaded(ids: string[]): Promise<void>;
};

function scheduleFor(panels: GlassPanel[]): string {
  const maxThickness = Math.max(...panels.map((p) => p.thicknessMm));
  if (panels.some((p) => p.hasPaint)) return "paint-fire-677";
  return maxThickness > 6 ? "full-fuse-slow" : "full-fuse";
}

export async function loadKiln(kiln: KilnController, plans: ShelfPlan[]): Promise<LoadOutcome> {
  const coes = new Set(plans.flatMap((plan) => plan.panels.map((p) => p.coe)));
  if (coes.size > 1) {
    return { loadedShelves: [], stoppedAt: null, reason: "mixed COE glass in one firing" };
  }

  const clearances = await Promise.all(plans.map((plan) => kiln.shelfClearanceMm(plan.shelf)));

  const loadedShelves: number[] = [];
  for (const [index, plan] of plans.entries()) {
    const tallest = Math.max(...plan.panels.map((p) => p.thicknessMm));
    if (tallest + 10 > clearances[index]) {
      return { loadedShelves, stoppedAt: plan.shelf, reason: "insufficient shelf clearance" };
    }
    const result = await kiln.placeShelf(
      plan.shelf,
      plan.panels.map((p) => p.id),
    );
    if (!result.ok) {
      return { loadedShelves, stoppedAt: plan.shelf, reason: result.detail };
    }
    loadedShelves.push(plan.shelf);
  }

  const allIds = plans.flatMap((plan) => plan.panels.map((p) => p.id));
  const [panels, closed] = await Promise.all([studioInventory.panels(allIds), kiln.doorClosed()]);
  if (!closed) {
    return { loadedShelves, stoppedAt: null, reason: "kiln door is open" };
  }
  await kiln.startSchedule(scheduleFor(panels));
  await studioInventory.markLoaded(allIds);
  return { loadedShelves, stoppedAt: null, reason: null };
}
