// expect: require-signal-propagation
// mixBatch() forwards options.signal to fetch and the mixer but not to the timers/promises rest between stages, so a cancel still waits out a rest of up to 20 minutes.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PigmentRef {
  sku: string;
  grams: number;
}

export interface MixStage {
  name: 'disperse' | 'grind' | 'letdown' | 'degas';
  rpm: number;
  seconds: number;
  restMs: number;
}

export interface InkRecipe {
  shade: string;
  carrier: 'witch-hazel' | 'glycerin' | 'alcohol';
  pigments: PigmentRef[];
  stages: MixStage[];
}

interface PigmentSheet {
  sku: string;
  lot: string;
  expiresAt: string;
  heavyMetalsPpm: number;
}

export interface BatchRecord {
  shade: string;
  lots: string[];
  finishedAt: string;
}

declare const inkMixer: {
  dispense(sku: string, grams: number, options?: { signal?: AbortSignal }): Promise<void>;
  spin(rpm: number, seconds: number, options?: { signal?: AbortSignal }): Promise<void>;
};

declare const CATALOG_URL: string;

const MAX_HEAVY_METALS_PPM = 10;
const MAX_REST_MS = 20 * 60_000;

async function pigmentSheet(sku: string, signal?: AbortSignal): Promise<PigmentSheet> {
  const res = await fetch(`${CATALOG_URL}/pigments/${encodeURIComponent(sku)}`, { signal });
  if (!res.ok) throw new Error(`catalog returned ${res.status} for ${sku}`);
  return (await res.json()) as PigmentSheet;
}

function checkSheets(sheets: PigmentSheet[], today: Date): void {
  for (const s of sheets) {
    if (new Date(s.expiresAt) < today) throw new Error(`pigment lot ${s.lot} (${s.sku}) has expired`);
    if (s.heavyMetalsPpm > MAX_HEAVY_METALS_PPM) {
      throw new Error(`pigment lot ${s.lot} exceeds ${MAX_HEAVY_METALS_PPM} ppm heavy metals`);
    }
  }
}

export async function mixBatch(recipe: InkRecipe, options: { signal?: AbortSignal } = {}): Promise<BatchRecord> {
  const { signal } = options;
  const sheets = await Promise.all(recipe.pigments.map((p) => pigmentSheet(p.sku, signal)));
  checkSheets(sheets, new Date());

  for (const p of recipe.pigments) {
    await inkMixer.dispense(p.sku, p.grams, { signal });
  }

  for (const stage of recipe.stages) {
    signal?.throwIfAborted();
    await inkMixer.spin(stage.rpm, stage.seconds, { signal });
    // Let entrained air rise before the next stage; grinding heats the carrier.
    await sleep(Math.min(stage.restMs, MAX_REST_MS));
  }

  return {
    shade: recipe.shade,
    lots: sheets.map((s) => s.lot),
    finishedAt: new Date().toISOString(),
  };
}

export function describeRecipe(recipe: InkRecipe): string {
  const grams = recipe.pigments.reduce((sum, p) => sum + p.grams, 0);
  const minutes = recipe.stages.reduce((sum, s) => sum + s.seconds / 60 + s.restMs / 60_000, 0);
  return `${recipe.shade} in ${recipe.carrier}: ${recipe.pigments.length} pigments, ${grams} g, ~${Math.round(minutes)} min`;
}
