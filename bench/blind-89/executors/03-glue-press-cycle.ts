// expect: none
// Correct: the interval poll and the deadline timer both go through finish(), which clears both timers and ignores any call after the first.
export interface PressController {
  readPressureKpa(): number;
  readPlatenTempC(): number;
  setTarget(kpa: number): void;
  release(): void;
}

export interface PressCycleOptions {
  targetKpa: number;
  toleranceKpa?: number;
  pollMs?: number;
  timeoutMs?: number;
}

export interface PressCycleResult {
  reachedKpa: number;
  platenTempC: number;
  elapsedMs: number;
}

export function waitForPressure(press: PressController, opts: PressCycleOptions): Promise<PressCycleResult> {
  const { targetKpa, toleranceKpa = 2, pollMs = 100, timeoutMs = 15_000 } = opts;
  const { promise, resolve, reject } = Promise.withResolvers<PressCycleResult>();
  const startedAt = Date.now();
  let done = false;

  const finish = (outcome: { ok: PressCycleResult } | { err: Error }) => {
    if (done) return;
    done = true;
    clearInterval(poll);
    clearTimeout(deadline);
    if ('ok' in outcome) resolve(outcome.ok);
    else reject(outcome.err);
  };

  const poll = setInterval(() => {
    let kpa: number;
    try {
      kpa = press.readPressureKpa();
    } catch (err) {
      finish({ err: err instanceof Error ? err : new Error(String(err)) });
      return;
    }
    if (Math.abs(kpa - targetKpa) <= toleranceKpa) {
      finish({
        ok: { reachedKpa: kpa, platenTempC: press.readPlatenTempC(), elapsedMs: Date.now() - startedAt },
      });
    }
  }, pollMs);

  const deadline = setTimeout(() => {
    press.release();
    finish({ err: new Error(`press did not reach ${targetKpa} kPa within ${timeoutMs}ms`) });
  }, timeoutMs);

  press.setTarget(targetKpa);
  return promise;
}

export async function runCaseBindingCycle(press: PressController, spineWidthMm: number): Promise<PressCycleResult> {
  // Thicker text blocks need a gentler ramp or the boards bow.
  const target = spineWidthMm > 40 ? 180 : 240;
  const first = await waitForPressure(press, { targetKpa: target * 0.5, timeoutMs: 8_000 });
  const second = await waitForPressure(press, { targetKpa: target });
  return { ...second, elapsedMs: first.elapsedMs + second.elapsedMs };
}
