// expect: none
// Every exit from the executor goes through one settle helper that clears the timer and removes all listeners first.
export interface ViscositySample {
  churnerId: string;
  centipoise: number;
  mixTempC: number;
}

export interface ChurnRecipe {
  flavor: string;
  targetCentipoise: number;
  maxMixTempC: number;
  maxChurnMs: number;
}

export type ChurnOutcome =
  | { kind: 'set'; sample: ViscositySample; elapsedMs: number }
  | { kind: 'overrun'; lastSample?: ViscositySample; elapsedMs: number };

export interface Churner extends EventTarget {
  readonly id: string;
  start(rpm: number): void;
  stop(): void;
}

declare const dasherMotor: { rpmFor(recipe: ChurnRecipe): number };

export function churnUntilSet(churner: Churner, recipe: ChurnRecipe): Promise<ChurnOutcome> {
  const startedAt = performance.now();

  return new Promise<ChurnOutcome>((resolve, reject) => {
    let lastSample: ViscositySample | undefined;

    const settle = (finish: () => void) => {
      clearTimeout(timer);
      churner.removeEventListener('viscosity', onSample);
      churner.removeEventListener('fault', onFault);
      churner.stop();
      finish();
    };

    const onSample = (event: Event) => {
      const sample = (event as CustomEvent<ViscositySample>).detail;
      lastSample = sample;
      if (sample.mixTempC > recipe.maxMixTempC) {
        settle(() => reject(new Error(`${recipe.flavor} mix warmed to ${sample.mixTempC}°C in ${churner.id}`)));
        return;
      }
      if (sample.centipoise >= recipe.targetCentipoise) {
        settle(() => resolve({ kind: 'set', sample, elapsedMs: performance.now() - startedAt }));
      }
    };

    const onFault = (event: Event) => {
      const reason = (event as CustomEvent<string>).detail;
      settle(() => reject(new Error(`Churner ${churner.id} faulted: ${reason}`)));
    };

    const timer = setTimeout(() => {
      settle(() => resolve({ kind: 'overrun', lastSample, elapsedMs: performance.now() - startedAt }));
    }, recipe.maxChurnMs);

    churner.addEventListener('viscosity', onSample);
    churner.addEventListener('fault', onFault);
    churner.start(dasherMotor.rpmFor(recipe));
  });
}

export async function churnBatch(churner: Churner, recipe: ChurnRecipe, attempts = 2): Promise<ChurnOutcome> {
  let outcome = await churnUntilSet(churner, recipe);
  for (let i = 1; i < attempts && outcome.kind === 'overrun'; i++) {
    outcome = await churnUntilSet(churner, { ...recipe, maxChurnMs: Math.round(recipe.maxChurnMs / 2) });
  }
  return outcome;
}

export function describeOutcome(recipe: ChurnRecipe, outcome: ChurnOutcome): string {
  const seconds = (outcome.elapsedMs / 1000).toFixed(1);
  if (outcome.kind === 'set') {
    return `${recipe.flavor}: set at ${outcome.sample.centipoise} cP after ${seconds}s`;
  }
  const last = outcome.lastSample ? `${outcome.lastSample.centipoise} cP` : 'no readings';
  return `${recipe.flavor}: overran after ${seconds}s (${last})`;
}
