// expect: none
// The interval callback runs many times, but every branch that settles clears the interval first and returns, so the promise resolves or rejects exactly once and always within maxWaitMs.
export interface VacuumGauge {
  /** Synchronous register read from the mainline controller; throws if the line is disconnected. */
  readKpa(lineId: string): number;
}

export interface TapLine {
  id: string;
  sugarbush: string;
  tapCount: number;
}

export interface PumpDownResult {
  lineId: string;
  kpa: number;
  waitedMs: number;
  samples: number;
}

export interface PumpDownOptions {
  targetKpa: number;
  intervalMs?: number;
  maxWaitMs?: number;
}

export function waitForVacuum(gauge: VacuumGauge, line: TapLine, opts: PumpDownOptions): Promise<PumpDownResult> {
  const intervalMs = opts.intervalMs ?? 2_000;
  const maxWaitMs = opts.maxWaitMs ?? 10 * 60_000;

  return new Promise<PumpDownResult>((resolve, reject) => {
    const started = Date.now();
    let samples = 0;

    const timer = setInterval(() => {
      let kpa: number;
      try {
        kpa = gauge.readKpa(line.id);
      } catch (err) {
        clearInterval(timer);
        reject(err);
        return;
      }
      samples += 1;

      const waitedMs = Date.now() - started;
      if (kpa <= opts.targetKpa) {
        clearInterval(timer);
        resolve({ lineId: line.id, kpa, waitedMs, samples });
        return;
      }
      if (waitedMs >= maxWaitMs) {
        clearInterval(timer);
        reject(new Error(`line ${line.id} stuck at ${kpa} kPa after ${samples} samples; check for a leak`));
      }
    }, intervalMs);
  });
}

export async function pumpDownSugarbush(
  gauge: VacuumGauge,
  lines: readonly TapLine[],
  targetKpa: number,
): Promise<PumpDownResult[]> {
  const results: PumpDownResult[] = [];
  for (const line of lines) {
    results.push(await waitForVacuum(gauge, line, { targetKpa }));
  }
  return results;
}
