// expect: none
// peakForceKn is written by the 'sample' listener but only read after awaiting once(rig, 'done') together with the release, by which time every sample has arrived.
import { EventEmitter, once } from "node:events";

export interface DropSample {
  tMs: number;
  forceKn: number;
  webbingSpeedMps: number;
}

export interface DropTestResult {
  unitId: string;
  peakForceKn: number;
  maxSpeedMps: number;
  samples: number;
  passed: boolean;
}

declare const dropRig: EventEmitter & {
  release(unitId: string, massKg: number): Promise<void>;
};

declare const complianceLog: {
  file(result: DropTestResult): Promise<void>;
};

const MAX_ARREST_FORCE_KN = 6;
const SPEED_BAND_MPS: [number, number] = [0.5, 2.0];

export async function dropTest(unitId: string, massKg = 80, timeoutMs = 15_000): Promise<DropTestResult> {
  let peakForceKn = 0;
  let maxSpeedMps = 0;
  let samples = 0;
  const onSample = (sample: DropSample) => {
    samples += 1;
    peakForceKn = Math.max(peakForceKn, sample.forceKn);
    maxSpeedMps = Math.max(maxSpeedMps, sample.webbingSpeedMps);
  };
  dropRig.on("sample", onSample);
  try {
    await Promise.all([
      once(dropRig, "done", { signal: AbortSignal.timeout(timeoutMs) }),
      dropRig.release(unitId, massKg),
    ]);
  } finally {
    dropRig.off("sample", onSample);
  }

  const passed =
    samples > 0 &&
    peakForceKn <= MAX_ARREST_FORCE_KN &&
    maxSpeedMps >= SPEED_BAND_MPS[0] &&
    maxSpeedMps <= SPEED_BAND_MPS[1];
  const result: DropTestResult = { unitId, peakForceKn, maxSpeedMps, samples, passed };
  await complianceLog.file(result);
  return result;
}

export async function monthlyDropTests(unitIds: string[]): Promise<DropTestResult[]> {
  const results: DropTestResult[] = [];
  for (const id of unitIds) {
    results.push(await dropTest(id));
  }
  return results;
}

export function failures(results: DropTestResult[]): string[] {
  return results.filter((r) => !r.passed).map((r) => `${r.unitId}: ${r.peakForceKn.toFixed(2)}kN`);
}
