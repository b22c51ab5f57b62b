// expect: none
// Correct: the caller's signal is combined with a cycle timeout via AbortSignal.any and that combined signal reaches every call; the abort listener is removed in finally.
export interface PressCycleSpec {
  pressId: string;
  catalogNo: string;
  steamSeconds: number;
  coolSeconds: number;
  tonnage: number;
}

export interface CycleResult {
  catalogNo: string;
  durationMs: number;
  flashTrimmed: boolean;
}

declare const pressPlc: {
  closeMould(pressId: string, tonnage: number, options: { signal: AbortSignal }): Promise<void>;
  steam(pressId: string, seconds: number, options: { signal: AbortSignal }): Promise<void>;
  cool(pressId: string, seconds: number, options: { signal: AbortSignal }): Promise<void>;
  openMould(pressId: string): Promise<void>;
  emergencyRetract(pressId: string): void;
};
declare const trimmer: {
  trim(pressId: string, options: { signal: AbortSignal }): Promise<boolean>;
};

const CYCLE_SLACK_MS = 10_000;

export async function pressCycle(spec: PressCycleSpec, signal: AbortSignal): Promise<CycleResult> {
  const budgetMs = (spec.steamSeconds + spec.coolSeconds) * 1_000 + CYCLE_SLACK_MS;
  const cycleSignal = AbortSignal.any([signal, AbortSignal.timeout(budgetMs)]);
  const options = { signal: cycleSignal };

  const onAbort = () => pressPlc.emergencyRetract(spec.pressId);
  cycleSignal.addEventListener("abort", onAbort, { once: true });

  const startedAt = performance.now();
  try {
    await pressPlc.closeMould(spec.pressId, spec.tonnage, options);
    await pressPlc.steam(spec.pressId, spec.steamSeconds, options);
    await pressPlc.cool(spec.pressId, spec.coolSeconds, options);
  } finally {
    cycleSignal.removeEventListener("abort", onAbort);
    await pressPlc.openMould(spec.pressId);
  }

  const flashTrimmed = await trimmer.trim(spec.pressId, options);
  return {
    catalogNo: spec.catalogNo,
    durationMs: Math.round(performance.now() - startedAt),
    flashTrimmed,
  };
}

export async function pressRun(
  spec: PressCycleSpec,
  copies: number,
  signal: AbortSignal,
  onProgress?: (done: number) => void,
): Promise<CycleResult[]> {
  const results: CycleResult[] = [];
  while (results.length < copies) {
    signal.throwIfAborted();
    results.push(await pressCycle(spec, signal));
    onProgress?.(results.length);
  }
  return results;
}

export function cycleStats(results: CycleResult[]): { meanMs: number; trimRate: number } {
  if (results.length === 0) return { meanMs: 0, trimRate: 0 };
  const total = results.reduce((sum, r) => sum + r.durationMs, 0);
  const trimmed = results.filter((r) => r.flashTrimmed).length;
  return { meanMs: Math.round(total / results.length), trimRate: trimmed / results.length };
}
