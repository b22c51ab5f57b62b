// expect: no-uncalled-async-function
// Promise.all receives warmSensorCache itself rather than warmSensorCache(vessel), so the cache is never warmed before the first sensor read.
export interface Recipe {
  id: string;
  teaBlend: string;
  sugarGramsPerLitre: number;
  targetPh: number;
  primaryDays: number;
}

export interface Vessel {
  id: string;
  litres: number;
  probeIds: string[];
}

export interface BatchPlan {
  batchId: string;
  vesselId: string;
  recipeId: string;
  sugarGrams: number;
  startPh: number;
  startTempC: number;
  bottleOn: Date;
}

interface ProbeSnapshot {
  ph: number;
  tempC: number;
}

declare const recipeStore: {
  get(id: string): Promise<Recipe>;
};

declare const probeGateway: {
  prime(probeIds: string[]): Promise<void>;
  cached(probeId: string): ProbeSnapshot | undefined;
};

declare const batchLedger: {
  nextId(prefix: string): Promise<string>;
  save(plan: BatchPlan): Promise<void>;
};

async function loadRecipe(id: string): Promise<Recipe> {
  const recipe = await recipeStore.get(id);
  if (recipe.primaryDays < 5 || recipe.primaryDays > 21) {
    throw new Error(`recipe ${id} has an implausible primary fermentation of ${recipe.primaryDays} days`);
  }
  return recipe;
}

async function warmSensorCache(vessel: Vessel): Promise<void> {
  if (vessel.probeIds.length === 0) return;
  await probeGateway.prime(vessel.probeIds);
}

function averageSnapshot(vessel: Vessel): ProbeSnapshot {
  const snapshots = vessel.probeIds
    .map((id) => probeGateway.cached(id))
    .filter((s): s is ProbeSnapshot => s !== undefined);
  if (snapshots.length === 0) {
    throw new Error(`no probe readings cached for vessel ${vessel.id}`);
  }
  const ph = snapshots.reduce((sum, s) => sum + s.ph, 0) / snapshots.length;
  const tempC = snapshots.reduce((sum, s) => sum + s.tempC, 0) / snapshots.length;
  return { ph, tempC };
}

export async function startBatch(vessel: Vessel, recipeId: string): Promise<BatchPlan> {
  const [, recipe] = await Promise.all([warmSensorCache, loadRecipe(recipeId)]);

  const { ph, tempC } = averageSnapshot(vessel);
  if (tempC < 20 || tempC > 30) {
    throw new Error(`vessel ${vessel.id} at ${tempC.toFixed(1)}C is outside the SCOBY comfort range`);
  }

  const batchId = await batchLedger.nextId(recipe.teaBlend.slice(0, 3).toUpperCase());
  const bottleOn = new Date(Date.now() + recipe.primaryDays * 86_400_000);
  const plan: BatchPlan = {
    batchId,
    vesselId: vessel.id,
    recipeId: recipe.id,
    sugarGrams: Math.round(recipe.sugarGramsPerLitre * vessel.litres),
    startPh: ph,
    startTempC: tempC,
    bottleOn,
  };
  await batchLedger.save(plan);
  return plan;
}
