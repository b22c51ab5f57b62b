// expect: no-promise-as-value
// The filter callback returns qcLab.passesVisual(...), a Promise, which is always truthy, so no pressing is ever filtered out before shipping.
export interface Pressing {
  catalogNo: string;
  pressingNo: number;
  side: "A" | "B";
  weightGrams: number;
  warpMm: number;
  stamperHits: number;
}

export interface ShipmentBox {
  catalogNo: string;
  pressings: Pressing[];
  rejected: number;
}

declare const qcLab: {
  passesVisual(catalogNo: string, pressingNo: number): Promise<boolean>;
};

declare const distributor: {
  ship(box: ShipmentBox): Promise<string>;
};

const MAX_WARP_MM = 0.5;
const STAMPER_LIFETIME = 1000;

function withinTolerance(p: Pressing, nominalGrams: number): boolean {
  return Math.abs(p.weightGrams - nominalGrams) <= 6 && p.warpMm <= MAX_WARP_MM;
}

export function stamperWear(pressings: Pressing[]): Record<"A" | "B", number> {
  const maxHits = { A: 0, B: 0 };
  for (const p of pressings) {
    maxHits[p.side] = Math.max(maxHits[p.side], p.stamperHits);
  }
  return {
    A: Math.round((100 * maxHits.A) / STAMPER_LIFETIME),
    B: Math.round((100 * maxHits.B) / STAMPER_LIFETIME),
  };
}

export async function boxForShipping(
  catalogNo: string,
  pressings: Pressing[],
  nominalGrams: 140 | 180,
): Promise<ShipmentBox> {
  const candidates = pressings.filter(
    (p) => p.catalogNo === catalogNo && withinTolerance(p, nominalGrams),
  );

  const clean = candidates.filter((p) => qcLab.passesVisual(p.catalogNo, p.pressingNo));

  const bySleeve = new Map<number, Pressing[]>();
  for (const p of clean) {
    const pair = bySleeve.get(p.pressingNo) ?? [];
    pair.push(p);
    bySleeve.set(p.pressingNo, pair);
  }

  const complete = [...bySleeve.values()]
    .filter((pair) => pair.length === 2)
    .flat()
    .sort((a, b) => a.pressingNo - b.pressingNo || a.side.localeCompare(b.side));

  return {
    catalogNo,
    pressings: complete,
    rejected: pressings.filter((p) => p.catalogNo === catalogNo).length - complete.length,
  };
}

export async function shipRun(
  catalogNo: string,
  pressings: Pressing[],
  nominalGrams: 140 | 180,
): Promise<{ tracking: string; shipped: number; wear: Record<"A" | "B", number> }> {
  const box = await boxForShipping(catalogNo, pressings, nominalGrams);
  if (box.pressings.length === 0) {
    throw new Error(`nothing in ${catalogNo} passed QC`);
  }
  const tracking = await distributor.ship(box);
  return { tracking, shipped: box.pressings.length / 2, wear: stamperWear(pressings) };
}
