// expect: none
// Correct: finishBatch passes its signal to every wait and lets AbortError propagate; the tests assert on the rejection rather than swallowing it.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: {
    toMatchObject(expected: object): Promise<void>;
  };
  resolves: { toMatchObject(expected: object): Promise<void> };
};

interface FinishingPan {
  brix: number;
  litres: number;
  valveOpen: boolean;
}

/** Boils the finishing pan until it reaches syrup density, checking every `stepMs`. */
async function finishBatch(
  pan: FinishingPan,
  opts: { signal: AbortSignal; stepMs: number; targetBrix?: number },
): Promise<{ brix: number; litres: number; steps: number }> {
  const target = opts.targetBrix ?? 66.9;
  let steps = 0;
  pan.valveOpen = false;
  while (pan.brix < target) {
    await sleep(opts.stepMs, undefined, { signal: opts.signal });
    // Each step boils off a little water; sugar mass stays constant.
    const sugar = (pan.brix / 100) * pan.litres;
    pan.litres = Math.max(sugar, pan.litres * 0.97);
    pan.brix = Math.min(100, (sugar / pan.litres) * 100);
    steps++;
  }
  pan.valveOpen = true;
  return { brix: Math.round(pan.brix * 10) / 10, litres: Math.round(pan.litres * 10) / 10, steps };
}

describe('maple sap finishing pan', () => {
  let pan: FinishingPan;

  beforeEach(() => {
    pan = { brix: 50, litres: 40, valveOpen: false };
  });

  it('draws off once the pan reaches syrup density', async () => {
    const controller = new AbortController();
    await expect(finishBatch(pan, { signal: controller.signal, stepMs: 1 })).resolves.toMatchObject({ brix: 67.8, steps: 10 });
    expect(pan.valveOpen).toBe(true);
  });

  it('rejects with AbortError when the operator stops the boil', async () => {
    const controller = new AbortController();
    const run = finishBatch(pan, { signal: controller.signal, stepMs: 50 });
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(pan.valveOpen).toBe(false);
  });

  it('keeps the operator reason as the cause of the AbortError', async () => {
    const controller = new AbortController();
    const run = finishBatch(pan, { signal: controller.signal, stepMs: 50 });
    controller.abort(new Error('low sap level in feed tank'));
    await expect(run).rejects.toMatchObject({
      name: 'AbortError',
      cause: { message: 'low sap level in feed tank' },
    });
  });

  it('does not start boiling with an already-aborted signal', async () => {
    const before = { ...pan };
    await expect(finishBatch(pan, { signal: AbortSignal.abort(), stepMs: 1 })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect({ brix: pan.brix, litres: pan.litres }).toEqual({ brix: before.brix, litres: before.litres });
  });

  it('times out a boil that cannot finish', async () => {
    pan.brix = 2;
    await expect(
      finishBatch(pan, { signal: AbortSignal.timeout(30), stepMs: 5 }),
    ).rejects.toMatchObject({ name: 'AbortError', cause: { name: 'TimeoutError' } });
  });
});
