// expect: no-promise-as-value
// Bug: printLabels builds the lot code from churner.nextBatchNumber() without awaiting it, so every tub label reads "LOT-<flavour>-[object Promise]".
export interface Flavour {
  code: string;
  name: string;
  allergens: Array<"milk" | "egg" | "nuts" | "gluten" | "soy">;
  shelfLifeDays: number;
}

export interface TubLabel {
  lotCode: string;
  text: string;
  bestBefore: string;
}

declare const churner: {
  nextBatchNumber(flavourCode: string): Promise<number>;
  litresChurned(flavourCode: string): Promise<number>;
};
declare const labelPrinter: {
  print(label: TubLabel): Promise<void>;
  feedBlank(): Promise<void>;
};
declare const traceability: { record(lotCode: string, tubs: number, litres: number): Promise<void> };

const TUB_LITRES = 0.5;

function bestBefore(flavour: Flavour, from = new Date()): string {
  const d = new Date(from);
  d.setDate(d.getDate() + flavour.shelfLifeDays);
  return d.toISOString().slice(0, 10);
}

function allergenLine(flavour: Flavour): string {
  if (flavour.allergens.length === 0) return "No major allergens";
  return `Contains: ${flavour.allergens.map((a) => a.toUpperCase()).join(", ")}`;
}

export async function printLabels(flavour: Flavour): Promise<number> {
  const litres = await churner.litresChurned(flavour.code);
  const tubs = Math.floor(litres / TUB_LITRES);
  if (tubs === 0) return 0;

  const lotCode = `LOT-${flavour.code}-${churner.nextBatchNumber(flavour.code)}`;
  const label: TubLabel = {
    lotCode,
    text: [flavour.name, allergenLine(flavour), `${TUB_LITRES * 1000} ml`].join("\n"),
    bestBefore: bestBefore(flavour),
  };

  for (let i = 0; i < tubs; i++) {
    await labelPrinter.print(label);
  }
  await labelPrinter.feedBlank();
  await traceability.record(lotCode, tubs, litres);
  return tubs;
}

export async function endOfShift(flavours: Flavour[]): Promise<Record<string, number>> {
  const printed: Record<string, number> = {};
  for (const flavour of flavours) {
    printed[flavour.code] = await printLabels(flavour);
  }
  return printed;
}

export function shiftSummary(printed: Record<string, number>, flavours: Flavour[]): string {
  const names = new Map(flavours.map((f) => [f.code, f.name]));
  return Object.entries(printed)
    .filter(([, tubs]) => tubs > 0)
    .map(([code, tubs]) => `${names.get(code) ?? code}: ${tubs} tubs`)
    .join("; ");
}
