// expect: none
// The swatch lookup is started early but gets both fulfilment and rejection handlers attached at once, so its failure is observed before the later awaits.
export interface DyeRecipe {
  shade: string;
  dyes: Array<{ name: string; gramsPerKg: number }>;
  tempC: number;
  minutes: number;
}

export interface Swatch {
  lotId: string;
  lab: { l: number; a: number; b: number };
}

export interface BatchResult {
  batchId: string;
  fabricKg: number;
  deltaE: number | null;
  swatchNote: string;
}

declare const swatchLibrary: {
  fetch(lotId: string): Promise<Swatch>;
};

declare const dyeHouse: {
  fillVat(vatId: string, litres: number): Promise<void>;
  heat(vatId: string, tempC: number): Promise<void>;
  dose(vatId: string, dye: string, grams: number): Promise<void>;
  run(vatId: string, minutes: number): Promise<void>;
  measure(vatId: string): Promise<{ l: number; a: number; b: number }>;
  drain(vatId: string): Promise<void>;
};

type SwatchOutcome = { ok: true; swatch: Swatch } | { ok: false; reason: string };

const LIQUOR_RATIO = 12;

function deltaE(x: Swatch['lab'], y: Swatch['lab']): number {
  return Math.sqrt((x.l - y.l) ** 2 + (x.a - y.a) ** 2 + (x.b - y.b) ** 2);
}

export async function dyeBatch(
  vatId: string,
  batchId: string,
  fabricKg: number,
  recipe: DyeRecipe,
  referenceLot: string,
): Promise<BatchResult> {
  const swatchLookup: Promise<SwatchOutcome> = swatchLibrary.fetch(referenceLot).then(
    (swatch) => ({ ok: true, swatch }),
    (err: unknown) => ({ ok: false, reason: err instanceof Error ? err.message : String(err) }),
  );

  await dyeHouse.fillVat(vatId, fabricKg * LIQUOR_RATIO);
  await dyeHouse.heat(vatId, recipe.tempC);
  for (const dye of recipe.dyes) {
    await dyeHouse.dose(vatId, dye.name, dye.gramsPerKg * fabricKg);
  }
  await dyeHouse.run(vatId, recipe.minutes);

  const measured = await dyeHouse.measure(vatId);
  await dyeHouse.drain(vatId);

  const reference = await swatchLookup;
  if (!reference.ok) {
    return {
      batchId,
      fabricKg,
      deltaE: null,
      swatchNote: `reference lot ${referenceLot} unavailable (${reference.reason}); manual check required`,
    };
  }

  const difference = deltaE(measured, reference.swatch.lab);
  return {
    batchId,
    fabricKg,
    deltaE: difference,
    swatchNote: difference <= 1.0 ? 'commercial match' : `off shade by dE ${difference.toFixed(2)}`,
  };
}

export function needsRedye(results: readonly BatchResult[], tolerance = 1.5): string[] {
  return results.filter((r) => r.deltaE !== null && r.deltaE > tolerance).map((r) => r.batchId);
}
