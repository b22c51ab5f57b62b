// expect: none
// The deferred collects many 'sample' events but resolves only once after detaching every listener and clearing the timer; error, close and timeout all reject.
import { EventEmitter } from "node:events";

export interface TensionRig extends EventEmitter {
  readonly station: number;
  startSampling(hz: number): void;
  stopSampling(): void;
}

export interface StringSpec {
  sku: string;
  note: "E" | "A" | "D" | "G";
  targetNewtons: number;
  toleranceNewtons: number;
}

export interface TensionVerdict {
  sku: string;
  mean: number;
  stdDev: number;
  withinSpec: boolean;
}

declare const qualityDb: {
  saveVerdict(station: number, verdict: TensionVerdict): Promise<void>;
};

const SAMPLE_HZ = 200;

export function collectSamples(rig: TensionRig, count: number, timeoutMs: number): Promise<number[]> {
  if (count <= 0) {
    return Promise.resolve([]);
  }
  const { promise, resolve, reject } = Promise.withResolvers<number[]>();
  const samples: number[] = [];

  const cleanup = () => {
    clearTimeout(timer);
    rig.off("sample", onSample);
    rig.off("error", onError);
    rig.off("close", onClose);
    rig.stopSampling();
  };
  const onSample = (newtons: number) => {
    samples.push(newtons);
    if (samples.length === count) {
      cleanup();
      resolve(samples);
    }
  };
  const onError = (err: Error) => {
    cleanup();
    reject(err);
  };
  const onClose = () => {
    cleanup();
    reject(new Error(`rig ${rig.station} closed after ${samples.length}/${count} samples`));
  };
  const timer = setTimeout(() => {
    cleanup();
    reject(new Error(`rig ${rig.station} produced ${samples.length}/${count} samples in ${timeoutMs}ms`));
  }, timeoutMs);

  rig.on("sample", onSample);
  rig.once("error", onError);
  rig.once("close", onClose);
  rig.startSampling(SAMPLE_HZ);
  return promise;
}

function summarize(spec: StringSpec, samples: number[]): TensionVerdict {
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const variance = samples.reduce((a, b) => a + (b - mean) ** 2, 0) / samples.length;
  const stdDev = Math.sqrt(variance);
  return {
    sku: spec.sku,
    mean,
    stdDev,
    withinSpec: Math.abs(mean - spec.targetNewtons) <= spec.toleranceNewtons && stdDev < spec.toleranceNewtons / 2,
  };
}

export async function verifyString(rig: TensionRig, spec: StringSpec): Promise<TensionVerdict> {
  const samples = await collectSamples(rig, SAMPLE_HZ * 2, 5_000);
  const verdict = summarize(spec, samples);
  await qualityDb.saveVerdict(rig.station, verdict);
  return verdict;
}
