// expect: no-reused-settled-promise
// Bug: readStableWeight starts one scale read and awaits that same promise on every attempt, so retries never take a new reading.
import { setTimeout as delay } from 'node:timers/promises';

export interface ScaleReading {
  hopper: string;
  grams: number;
  stable: boolean;
  tareGrams: number;
}

declare const scaleBus: {
  read(hopper: string): Promise<ScaleReading>;
  tare(hopper: string): Promise<void>;
};

declare const augers: {
  dispense(hopper: string, grams: number): Promise<void>;
};

export interface MixRecipe {
  name: string;
  bagGrams: number;
  parts: { hopper: string; share: number }[];
}

const MAX_ATTEMPTS = 5;
const SETTLE_MS = 400;
const TOLERANCE_GRAMS = 2;

async function readStableWeight(hopper: string): Promise<number> {
  const reading = scaleBus.read(hopper);
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const r = await reading;
      if (r.stable) return r.grams - r.tareGrams;
      lastError = new Error(`hopper ${hopper} scale still swinging`);
    } catch (err) {
      lastError = err;
    }
    await delay(SETTLE_MS * attempt);
  }
  throw new Error(`no stable weight from ${hopper} after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

function validate(recipe: MixRecipe): void {
  const total = recipe.parts.reduce((sum, p) => sum + p.share, 0);
  if (Math.abs(total - 1) > 1e-6) {
    throw new Error(`recipe ${recipe.name} shares sum to ${total}, expected 1`);
  }
}

export interface MixLog {
  recipe: string;
  dispensed: { hopper: string; targetGrams: number; actualGrams: number }[];
  withinTolerance: boolean;
}

export async function mixBag(recipe: MixRecipe): Promise<MixLog> {
  validate(recipe);
  const log: MixLog = { recipe: recipe.name, dispensed: [], withinTolerance: true };

  for (const part of recipe.parts) {
    const targetGrams = Math.round(recipe.bagGrams * part.share);
    await scaleBus.tare(part.hopper);
    await augers.dispense(part.hopper, targetGrams);
    const actualGrams = await readStableWeight(part.hopper);
    if (Math.abs(actualGrams - targetGrams) > TOLERANCE_GRAMS) log.withinTolerance = false;
    log.dispensed.push({ hopper: part.hopper, targetGrams, actualGrams });
  }

  return log;
}
