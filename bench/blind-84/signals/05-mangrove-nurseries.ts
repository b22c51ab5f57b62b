// expect: no-leaked-race
// readSalinity() races the probe against a timers/promises delay that is never cancelled, so every successful reading leaves a 10-second timer running behind it.
import { setTimeout as delay } from "node:timers/promises";

export interface SalinityProbe {
  id: string;
  bench: string;
  sample(): Promise<{ ppt: number; tempC: number }>;
}

export interface BenchReading {
  bench: string;
  probeId: string;
  ppt: number;
  tempC: number;
  at: Date;
}

export class ProbeTimeoutError extends Error {
  constructor(readonly probeId: string, readonly timeoutMs: number) {
    super(`probe ${probeId} did not answer within ${timeoutMs}ms`);
    this.name = "ProbeTimeoutError";
  }
}

declare const irrigation: {
  setBrineMix(bench: string, targetPpt: number): Promise<void>;
};

const PROBE_TIMEOUT_MS = 10_000;
const TARGET_PPT: Record<string, number> = {
  "seedling-a": 10,
  "seedling-b": 10,
  hardening: 25,
  "dispatch-yard": 30,
};

export async function readSalinity(probe: SalinityProbe, timeoutMs = PROBE_TIMEOUT_MS): Promise<BenchReading> {
  const sample = await Promise.race([
    probe.sample(),
    delay(timeoutMs).then(() => {
      throw new ProbeTimeoutError(probe.id, timeoutMs);
    }),
  ]);
  return { bench: probe.bench, probeId: probe.id, ppt: sample.ppt, tempC: sample.tempC, at: new Date() };
}

function correction(reading: BenchReading): number | undefined {
  const target = TARGET_PPT[reading.bench];
  if (target === undefined) return undefined;
  const drift = reading.ppt - target;
  // small drift is within what evaporation undoes overnight
  return Math.abs(drift) < 2 ? undefined : target;
}

export async function balanceBenches(probes: SalinityProbe[]): Promise<{ adjusted: string[]; silent: string[] }> {
  const adjusted: string[] = [];
  const silent: string[] = [];
  for (const probe of probes) {
    let reading: BenchReading;
    try {
      reading = await readSalinity(probe);
    } catch (err) {
      if (err instanceof ProbeTimeoutError) {
        silent.push(probe.id);
        continue;
      }
      throw err;
    }
    const target = correction(reading);
    if (target === undefined) continue;
    await irrigation.setBrineMix(reading.bench, target);
    adjusted.push(reading.bench);
  }
  return { adjusted, silent };
}
