// expect: none
// Every async lookup is awaited before it reaches a template string, a ?? fallback, a comparison or the JSON payload.
export interface TemperedBatch {
  batchId: string;
  couverture: string;
  kilograms: number;
  temperedAt: Date;
  line: number;
}

export interface LabelData {
  batchId: string;
  text: string;
  bestBefore: string;
  allergens: string[];
}

declare const recipes: {
  displayName(couverture: string): Promise<string | undefined>;
  allergens(couverture: string): Promise<string[]>;
  shelfLifeDays(couverture: string): Promise<number>;
};

declare const qa: {
  snapResult(batchId: string): Promise<'pass' | 'fail' | 'pending'>;
};

declare const printer: {
  queue(payload: string): Promise<{ jobId: string }>;
};

const DEFAULT_SHELF_LIFE_DAYS = 365;

function addDays(date: Date, days: number): string {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function buildLabel(batch: TemperedBatch): Promise<LabelData> {
  const [name, allergens, shelfLife] = await Promise.all([
    recipes.displayName(batch.couverture),
    recipes.allergens(batch.couverture),
    recipes.shelfLifeDays(batch.couverture).catch(() => DEFAULT_SHELF_LIFE_DAYS),
  ]);

  const displayName = name ?? batch.couverture.toUpperCase();
  const bestBefore = addDays(batch.temperedAt, shelfLife);
  const allergenLine = allergens.length > 0 ? `Contains: ${allergens.join(', ')}.` : 'No declared allergens.';

  return {
    batchId: batch.batchId,
    text: `${displayName} — ${batch.kilograms.toFixed(1)} kg — line ${batch.line}\n${allergenLine}`,
    bestBefore,
    allergens,
  };
}

export async function printIfPassed(batch: TemperedBatch): Promise<string | null> {
  const snap = await qa.snapResult(batch.batchId);
  if (snap === 'pending') {
    throw new Error(`batch ${batch.batchId}: snap test not finished`);
  }
  if (snap !== 'pass') {
    return null;
  }

  const label = await buildLabel(batch);
  const { jobId } = await printer.queue(
    JSON.stringify({
      template: 'couverture-block',
      ...label,
      qa: snap,
      printedAt: new Date().toISOString(),
    }),
  );
  return jobId;
}
