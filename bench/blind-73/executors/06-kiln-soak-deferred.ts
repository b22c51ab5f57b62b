// expect: none
// The temperature callback fires many times, but every settle goes through finish(), which guards with a flag and unsubscribes everything first.
export interface SoakResult {
  kilnId: string;
  reachedAt: Date;
  heldMs: number;
  peakC: number;
}

export interface KilnController {
  readonly id: string;
  onTemperature(cb: (celsius: number, at: Date) => void): () => void;
  onFault(cb: (err: Error) => void): () => void;
  setSetpoint(celsius: number): Promise<void>;
}

declare const kilns: {
  get(id: string): KilnController;
};

declare const batchLog: {
  record(kilnId: string, stage: string, detail: Record<string, unknown>): void;
};

export interface SoakOptions {
  targetC: number;
  toleranceC: number;
  holdMs: number;
  maxWaitMs: number;
}

export function waitForSoak(kiln: KilnController, opts: SoakOptions): Promise<SoakResult> {
  const { promise, resolve, reject } = Promise.withResolvers<SoakResult>();
  let settled = false;
  let withinSince: Date | null = null;
  let peakC = -Infinity;
  let stopTemperature: () => void = () => {};
  let stopFault: () => void = () => {};

  const finish = (settle: () => void): void => {
    if (settled) return;
    settled = true;
    clearTimeout(deadline);
    stopTemperature();
    stopFault();
    settle();
  };

  const deadline = setTimeout(() => {
    finish(() => reject(new Error(`kiln ${kiln.id} did not soak at ${opts.targetC}°C within ${opts.maxWaitMs}ms`)));
  }, opts.maxWaitMs);

  stopTemperature = kiln.onTemperature((celsius, at) => {
    peakC = Math.max(peakC, celsius);
    if (Math.abs(celsius - opts.targetC) > opts.toleranceC) {
      withinSince = null;
      return;
    }
    withinSince ??= at;
    const heldMs = at.getTime() - withinSince.getTime();
    if (heldMs >= opts.holdMs) {
      const reachedAt = withinSince;
      finish(() => resolve({ kilnId: kiln.id, reachedAt, heldMs, peakC }));
    }
  });
  stopFault = kiln.onFault((err) => finish(() => reject(err)));

  return promise;
}

const MARBLE_SCHEDULE: Array<{ stage: string; targetC: number; holdMs: number }> = [
  { stage: 'preheat', targetC: 480, holdMs: 20 * 60_000 },
  { stage: 'gather', targetC: 1_090, holdMs: 45 * 60_000 },
  { stage: 'anneal', targetC: 510, holdMs: 90 * 60_000 },
];

export async function fireBatch(kilnId: string): Promise<SoakResult[]> {
  const kiln = kilns.get(kilnId);
  const results: SoakResult[] = [];
  for (const step of MARBLE_SCHEDULE) {
    await kiln.setSetpoint(step.targetC);
    const result = await waitForSoak(kiln, {
      targetC: step.targetC,
      toleranceC: 6,
      holdMs: step.holdMs,
      maxWaitMs: step.holdMs + 3 * 60 * 60_000,
    });
    batchLog.record(kilnId, step.stage, { peakC: result.peakC, reachedAt: result.reachedAt.toISOString() });
    results.push(result);
  }
  return results;
}
