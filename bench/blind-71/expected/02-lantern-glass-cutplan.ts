// expect: none
// Function references are passed only where functions are expected (map callback, retry factory, sort comparator); every awaited value is a called promise.
export interface GlassSheet {
  id: string;
  widthMm: number;
  heightMm: number;
  tint: "clear" | "amber" | "ruby" | "cobalt";
}

export interface PanePattern {
  lanternModel: string;
  panes: Array<{ widthMm: number; heightMm: number; tint: GlassSheet["tint"] }>;
}

export interface CutPlan {
  sheetId: string;
  cuts: Array<{ x: number; y: number; widthMm: number; heightMm: number }>;
  wastePct: number;
}

declare const inventory: {
  sheet(id: string): Promise<GlassSheet>;
  available(tint: GlassSheet["tint"]): Promise<string[]>;
};

declare const patternLibrary: {
  fetch(model: string): Promise<PanePattern>;
};

async function retry<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i += 1) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

function byAreaDescending(a: { widthMm: number; heightMm: number }, b: { widthMm: number; heightMm: number }): number {
  return b.widthMm * b.heightMm - a.widthMm * a.heightMm;
}

function loadSheet(id: string): Promise<GlassSheet> {
  return inventory.sheet(id);
}

function shelfPack(sheet: GlassSheet, panes: PanePattern["panes"]): CutPlan {
  const cuts: CutPlan["cuts"] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const pane of panes) {
    if (x + pane.widthMm > sheet.widthMm) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    if (y + pane.heightMm > sheet.heightMm) break;
    cuts.push({ x, y, widthMm: pane.widthMm, heightMm: pane.heightMm });
    x += pane.widthMm;
    rowHeight = Math.max(rowHeight, pane.heightMm);
  }
  const used = cuts.reduce((sum, c) => sum + c.widthMm * c.heightMm, 0);
  return { sheetId: sheet.id, cuts, wastePct: 100 * (1 - used / (sheet.widthMm * sheet.heightMm)) };
}

export async function planLanternRun(model: string): Promise<CutPlan[]> {
  const pattern = await retry(() => patternLibrary.fetch(model));
  const tints = [...new Set(pattern.panes.map((p) => p.tint))];

  const plans: CutPlan[] = [];
  for (const tint of tints) {
    const sheetIds = await inventory.available(tint);
    const sheets = await Promise.all(sheetIds.map(loadSheet));
    const panes = pattern.panes.filter((p) => p.tint === tint).sort(byAreaDescending);

    let remaining = panes;
    for (const sheet of sheets.sort(byAreaDescending)) {
      if (remaining.length === 0) break;
      const plan = shelfPack(sheet, remaining);
      plans.push(plan);
      remaining = remaining.slice(plan.cuts.length);
    }
    if (remaining.length > 0) {
      throw new Error(`not enough ${tint} glass for ${model}: ${remaining.length} panes short`);
    }
  }
  return plans;
}
