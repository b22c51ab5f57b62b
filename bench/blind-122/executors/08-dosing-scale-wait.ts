// expect: no-multiple-settle
// The polling interval is never cleared when the target weight is reached, so resolve keeps being called on every later tick and the interval runs forever.
export interface PrecisionScale {
  readonly serial: string;
  currentGrams(): number;
  isStable(): boolean;
}

export interface DosingValve {
  open(ingredient: string): void;
  close(ingredient: string): void;
}

export interface DoseResult {
  ingredient: string;
  targetGrams: number;
  dispensedGrams: number;
  overshootGrams: number;
}

export interface DoseOptions {
  pollMs?: number;
  toleranceGrams?: number;
}

function waitForWeight(
  scale: PrecisionScale,
  targetGrams: number,
  toleranceGrams: number,
  pollMs: number,
  onReached: () => void,
): Promise<number> {
  return new Promise<number>((resolve) => {
    setInterval(() => {
      const grams = scale.currentGrams();
      if (grams + toleranceGrams >= targetGrams) {
        onReached();
        resolve(grams);
      }
    }, pollMs);
  });
}

export async function dispense(
  scale: PrecisionScale,
  valve: DosingValve,
  ingredient: string,
  targetGrams: number,
  options: DoseOptions = {},
): Promise<DoseResult> {
  const pollMs = options.pollMs ?? 25;
  const tolerance = options.toleranceGrams ?? 0.02;
  const start = scale.currentGrams();

  valve.open(ingredient);
  const reached = await waitForWeight(scale, start + targetGrams, tolerance, pollMs, () =>
    valve.close(ingredient),
  );

  const dispensed = reached - start;
  return {
    ingredient,
    targetGrams,
    dispensedGrams: Number(dispensed.toFixed(3)),
    overshootGrams: Number(Math.max(0, dispensed - targetGrams).toFixed(3)),
  };
}

export async function blendAccord(
  scale: PrecisionScale,
  valve: DosingValve,
  formula: Record<string, number>,
): Promise<DoseResult[]> {
  const results: DoseResult[] = [];
  for (const [ingredient, grams] of Object.entries(formula)) {
    results.push(await dispense(scale, valve, ingredient, grams));
  }
  return results;
}
