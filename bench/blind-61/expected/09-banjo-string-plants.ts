// expect: none
// pollTension takes a fresh reading on every iteration, and the memoised spec promise is deliberately shared because the spec sheet is static for the process lifetime.
import { setTimeout as delay } from "node:timers/promises";

export interface GaugeSpec {
  gauge: string;
  coreMm: number;
  wrap: "plain" | "nickel" | "phosphor-bronze";
  targetNewtons: number;
  toleranceNewtons: number;
}

export interface WindingRun {
  runId: string;
  gauge: string;
  metres: number;
}

export interface TensionSample {
  newtons: number;
  at: number;
}

declare const specSheet: {
  load(): Promise<GaugeSpec[]>;
};
declare const tensiometer: {
  sample(line: number): Promise<TensionSample>;
};
declare const windingMachine: {
  start(line: number, run: WindingRun, newtons: number): Promise<void>;
  adjust(line: number, deltaNewtons: number): Promise<void>;
  stop(line: number): Promise<{ metresWound: number }>;
};

let specsPromise: Promise<Map<string, GaugeSpec>> | undefined;

function specs(): Promise<Map<string, GaugeSpec>> {
  specsPromise ??= specSheet.load().then(
    (list) => new Map(list.map((s) => [s.gauge, s])),
    (err: unknown) => {
      specsPromise = undefined; // allow a later caller to try again
      throw err;
    },
  );
  return specsPromise;
}

async function specFor(gauge: string): Promise<GaugeSpec> {
  const spec = (await specs()).get(gauge);
  if (!spec) throw new Error(`no spec sheet entry for gauge ${gauge}`);
  return spec;
}

async function pollTension(
  line: number,
  accept: (s: TensionSample) => boolean,
  intervalMs = 100,
  maxSamples = 50,
): Promise<TensionSample> {
  let last: TensionSample | undefined;
  for (let i = 0; i < maxSamples; i++) {
    last = await tensiometer.sample(line);
    if (accept(last)) return last;
    await delay(intervalMs);
  }
  throw new Error(`line ${line}: tension never settled (last ${last?.newtons ?? "n/a"} N)`);
}

export async function windRun(line: number, run: WindingRun): Promise<number> {
  const spec = await specFor(run.gauge);
  await windingMachine.start(line, run, spec.targetNewtons);
  try {
    const within = (s: TensionSample) =>
      Math.abs(s.newtons - spec.targetNewtons) <= spec.toleranceNewtons;

    let settled: TensionSample;
    try {
      settled = await pollTension(line, within);
    } catch {
      const drift = await tensiometer.sample(line);
      await windingMachine.adjust(line, spec.targetNewtons - drift.newtons);
      settled = await pollTension(line, within, 200, 25);
    }
    if (!within(settled)) throw new Error(`line ${line} out of tolerance`);
  } catch (err) {
    await windingMachine.stop(line);
    throw err;
  }
  const { metresWound } = await windingMachine.stop(line);
  return metresWound;
}

export async function gaugesForWrap(wrap: GaugeSpec["wrap"]): Promise<string[]> {
  const all = await specs();
  return [...all.values()].filter((s) => s.wrap === wrap).map((s) => s.gauge);
}
