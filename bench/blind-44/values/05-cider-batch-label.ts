// expect: no-promise-as-value
// The label line interpolates estimateAbv(batch), which is async since it reads the hydrometer log, so printed labels say "ABV [object Promise]%".
export interface PressBatch {
  id: string;
  pressedOn: string;
  orchard: string;
  varieties: Array<{ name: string; kg: number }>;
  litres: number;
  style: 'still' | 'sparkling' | 'keeved';
}

interface HydrometerReading {
  takenOn: string;
  specificGravity: number;
}

declare const hydrometerLog: {
  readings(batchId: string): Promise<HydrometerReading[]>;
};
declare const labelPrinter: {
  print(lines: string[], copies: number): Promise<{ jobId: string }>;
};

const BOTTLE_ML = 750;

async function estimateAbv(batch: PressBatch): Promise<string> {
  const readings = await hydrometerLog.readings(batch.id);
  if (readings.length < 2) return 'n/a';
  const sorted = [...readings].sort((a, b) => a.takenOn.localeCompare(b.takenOn));
  const og = sorted[0].specificGravity;
  const fg = sorted[sorted.length - 1].specificGravity;
  return ((og - fg) * 131.25).toFixed(1);
}

function dominantVariety(batch: PressBatch): string {
  const total = batch.varieties.reduce((s, v) => s + v.kg, 0);
  const top = [...batch.varieties].sort((a, b) => b.kg - a.kg)[0];
  if (!top) return 'Mixed';
  return top.kg / total >= 0.75 ? top.name : `${top.name} blend`;
}

function styleLine(style: PressBatch['style']): string {
  switch (style) {
    case 'still':
      return 'Still farmhouse cider';
    case 'sparkling':
      return 'Bottle-conditioned sparkling cider';
    case 'keeved':
      return 'Keeved cider, naturally sweet';
  }
}

function bottleCount(batch: PressBatch): number {
  // Allow for lees and a racking loss of about 8%.
  return Math.floor((batch.litres * 0.92 * 1000) / BOTTLE_ML);
}

export function labelLines(batch: PressBatch): string[] {
  const pressed = new Date(batch.pressedOn).toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
  return [
    dominantVariety(batch),
    styleLine(batch.style),
    `${batch.orchard} · pressed ${pressed}`,
    `Batch ${batch.id} · ABV ${estimateAbv(batch)}% · ${BOTTLE_ML}ml`,
  ];
}

export async function printBatchLabels(batch: PressBatch, spare = 6): Promise<{ jobId: string; copies: number }> {
  const copies = bottleCount(batch) + spare;
  if (copies <= spare) {
    throw new Error(`batch ${batch.id} has no bottles to label`);
  }
  const { jobId } = await labelPrinter.print(labelLines(batch), copies);
  return { jobId, copies };
}

export function pressYield(batches: PressBatch[]): { litresPerTonne: number; bestOrchard: string | null } {
  let kg = 0;
  let litres = 0;
  const perOrchard = new Map<string, { kg: number; litres: number }>();
  for (const b of batches) {
    const bKg = b.varieties.reduce((s, v) => s + v.kg, 0);
    kg += bKg;
    litres += b.litres;
    const o = perOrchard.get(b.orchard) ?? { kg: 0, litres: 0 };
    perOrchard.set(b.orchard, { kg: o.kg + bKg, litres: o.litres + b.litres });
  }
  let bestOrchard: string | null = null;
  let bestRatio = 0;
  for (const [orchard, o] of perOrchard) {
    if (o.kg > 0 && o.litres / o.kg > bestRatio) {
      bestRatio = o.litres / o.kg;
      bestOrchard = orchard;
    }
  }
  return { litresPerTonne: kg ? Math.round((litres / kg) * 1000) : 0, bestOrchard };
}
