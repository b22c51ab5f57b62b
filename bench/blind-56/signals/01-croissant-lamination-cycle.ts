// expect: require-signal-propagation
// The cycle threads options.signal into the sheeter and fetch calls but not into the long dough-rest sleep, so an aborted cycle still waits out the full rest.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LaminationRecipe {
  recipeId: string;
  folds: Array<{ kind: 'single' | 'double' | 'book'; restMinutes: number }>;
  butterBlockGrams: number;
  targetThicknessMm: number;
}

export interface CycleOptions {
  lineId: string;
  signal: AbortSignal;
  onFold?: (foldIndex: number, thicknessMm: number) => void;
}

declare const sheeter: {
  encloseButter(lineId: string, grams: number, opts: { signal?: AbortSignal }): Promise<void>;
  fold(lineId: string, kind: 'single' | 'double' | 'book', opts: { signal?: AbortSignal }): Promise<{ thicknessMm: number }>;
  roll(lineId: string, targetMm: number, opts: { signal?: AbortSignal }): Promise<number>;
};

declare const recipeServiceUrl: string;

declare const retarder: {
  setZone(lineId: string, celsius: number): Promise<void>;
};

async function loadRecipe(recipeId: string, signal: AbortSignal): Promise<LaminationRecipe> {
  const res = await fetch(`${recipeServiceUrl}/lamination/${encodeURIComponent(recipeId)}`, { signal });
  if (!res.ok) throw new Error(`recipe ${recipeId}: HTTP ${res.status}`);
  return (await res.json()) as LaminationRecipe;
}

function layersAfter(folds: LaminationRecipe['folds']): number {
  const factor = { single: 3, double: 4, book: 4 } as const;
  return folds.reduce((layers, f) => layers * factor[f.kind], 1) + 1;
}

export async function runLaminationCycle(recipeId: string, options: CycleOptions): Promise<{ layers: number; finalMm: number }> {
  const { lineId, signal, onFold } = options;
  const recipe = await loadRecipe(recipeId, signal);

  await retarder.setZone(lineId, 4);
  await sheeter.encloseButter(lineId, recipe.butterBlockGrams, { signal });

  for (const [index, fold] of recipe.folds.entries()) {
    const { thicknessMm } = await sheeter.fold(lineId, fold.kind, { signal });
    onFold?.(index, thicknessMm);
    if (fold.restMinutes > 0) {
      await sleep(fold.restMinutes * 60_000);
    }
  }

  const finalMm = await sheeter.roll(lineId, recipe.targetThicknessMm, { signal });
  return { layers: layersAfter(recipe.folds), finalMm };
}

export async function runShift(lineId: string, recipeIds: readonly string[], signal: AbortSignal): Promise<string[]> {
  const summaries: string[] = [];
  for (const recipeId of recipeIds) {
    signal.throwIfAborted();
    const { layers, finalMm } = await runLaminationCycle(recipeId, {
      lineId,
      signal,
      onFold: (i, mm) => {
        if (mm < 3) summaries.push(`${recipeId}: fold ${i + 1} thin at ${mm}mm`);
      },
    });
    summaries.push(`${recipeId}: ${layers} layers, rolled to ${finalMm}mm`);
  }
  return summaries;
}
