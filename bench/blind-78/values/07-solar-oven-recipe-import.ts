// expect: no-read-before-settle
// parseRecipe computes totalMinutes and sunHoursNeeded from `steps` right after registering the readline 'line' handler, before any line has been read, so both are always 0.
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface RecipeStep {
  order: number;
  text: string;
  minutes: number;
  needsFullSun: boolean;
}

export interface SolarRecipe {
  title: string;
  servings: number;
  steps: RecipeStep[];
  totalMinutes: number;
  sunHoursNeeded: number;
}

declare const recipeStore: { save(recipe: SolarRecipe): Promise<string> };

const STEP_RE = /^(\d+)\.\s+(.*?)(?:\s+\((\d+)\s*min\))?$/;

// Panel cookers lose heat fast under cloud; anything simmering or baking needs direct sun.
const FULL_SUN_WORDS = ['bake', 'roast', 'simmer', 'boil'];

function parseStep(line: string): RecipeStep | null {
  const m = STEP_RE.exec(line.trim());
  if (!m) return null;
  const text = m[2];
  return {
    order: Number(m[1]),
    text,
    minutes: m[3] ? Number(m[3]) : 0,
    needsFullSun: FULL_SUN_WORDS.some((w) => text.toLowerCase().includes(w)),
  };
}

export function parseRecipe(input: Readable, onDone: (recipe: SolarRecipe) => void, onError: (err: Error) => void): void {
  const rl = createInterface({ input, crlfDelay: Infinity });
  const steps: RecipeStep[] = [];
  let title = '';
  let servings = 4;

  rl.on('line', (line) => {
    if (!title && line.startsWith('# ')) {
      title = line.slice(2).trim();
      return;
    }
    const serves = /^serves\s+(\d+)/i.exec(line);
    if (serves) {
      servings = Number(serves[1]);
      return;
    }
    const step = parseStep(line);
    if (step) steps.push(step);
  });

  const totalMinutes = steps.reduce((sum, s) => sum + s.minutes, 0);
  const sunHoursNeeded = Math.ceil(steps.filter((s) => s.needsFullSun).reduce((sum, s) => sum + s.minutes, 0) / 60);

  let finished = false;
  // readline re-emits input stream errors on the interface itself.
  rl.on('error', (err: Error) => {
    if (finished) return;
    finished = true;
    rl.close();
    onError(err);
  });
  rl.once('close', () => {
    if (finished) return;
    finished = true;
    if (!title) {
      onError(new Error('recipe has no "# Title" line'));
      return;
    }
    steps.sort((a, b) => a.order - b.order);
    onDone({ title, servings, steps, totalMinutes, sunHoursNeeded });
  });
}

export function importRecipe(input: Readable): Promise<string> {
  return new Promise<SolarRecipe>((resolve, reject) => parseRecipe(input, resolve, reject)).then((recipe) => {
    if (recipe.sunHoursNeeded > 6) {
      throw new Error(`${recipe.title} needs ${recipe.sunHoursNeeded}h of full sun; split it across two days`);
    }
    return recipeStore.save(recipe);
  });
}
