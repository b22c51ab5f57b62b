// expect: none
// enqueue expects a step function, so passing step factories (and tail.then(step)) is intended; every returned completion promise is awaited.
export interface DyeStep {
  kind: 'fill' | 'heat' | 'dose' | 'hold' | 'rinse' | 'drain';
  litres?: number;
  targetC?: number;
  chemical?: string;
  grams?: number;
  minutes?: number;
}

export interface Recipe {
  id: string;
  shade: string;
  fibre: 'cotton' | 'wool' | 'polyester';
  steps: DyeStep[];
}

declare const vats: {
  fill(vatId: string, litres: number): Promise<void>;
  heatTo(vatId: string, targetC: number): Promise<void>;
  dose(vatId: string, chemical: string, grams: number): Promise<void>;
  hold(vatId: string, minutes: number): Promise<void>;
  drain(vatId: string): Promise<void>;
};

declare const batchLog: {
  stepDone(vatId: string, recipeId: string, index: number, step: DyeStep): Promise<void>;
};

export class VatQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly vatId: string) {}

  enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.tail.then(step);
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

function stepRunner(vatId: string, step: DyeStep): () => Promise<void> {
  switch (step.kind) {
    case 'fill':
      return () => vats.fill(vatId, step.litres ?? 0);
    case 'heat':
      return () => vats.heatTo(vatId, step.targetC ?? 20);
    case 'dose':
      if (!step.chemical || !step.grams) {
        throw new Error(`Dose step on ${vatId} is missing chemical or grams`);
      }
      return () => vats.dose(vatId, step.chemical!, step.grams!);
    case 'hold':
      return () => vats.hold(vatId, step.minutes ?? 0);
    case 'rinse':
      return async () => {
        await vats.drain(vatId);
        await vats.fill(vatId, step.litres ?? 200);
      };
    case 'drain':
      return () => vats.drain(vatId);
  }
}

export async function runRecipe(queue: VatQueue, recipe: Recipe): Promise<number> {
  if (recipe.fibre === 'wool' && recipe.steps.some((s) => s.kind === 'heat' && (s.targetC ?? 0) > 98)) {
    throw new Error(`Recipe ${recipe.id} would felt wool above 98°C`);
  }

  const runners = recipe.steps.map((step) => stepRunner(queue.vatId, step));
  let failedAt: number | undefined;
  const completions = runners.map((runner, index) =>
    queue.enqueue(async () => {
      if (failedAt !== undefined) {
        throw new Error(`Skipped step ${index} of ${recipe.id}: step ${failedAt} failed`);
      }
      try {
        await runner();
      } catch (err) {
        failedAt = index;
        throw err;
      }
      await batchLog.stepDone(queue.vatId, recipe.id, index, recipe.steps[index]);
    }),
  );

  await Promise.all(completions);
  return completions.length;
}
