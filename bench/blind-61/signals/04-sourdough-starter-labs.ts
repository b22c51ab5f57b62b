// expect: none
// Per-attempt timeouts (TimeoutError) are retried, but once the caller's signal has aborted the error is rethrown unchanged, and the backoff delay observes the same signal.
import { setTimeout as delay } from "node:timers/promises";

export interface StarterSample {
  jarId: string;
  phAt4h: number;
  phAt8h: number;
  yeastCfuPerG: number;
  lactobacillusCfuPerG: number;
}

export interface LabVerdict {
  jarId: string;
  healthy: boolean;
  notes: string[];
}

export interface AssayOptions {
  signal: AbortSignal;
  attemptTimeoutMs?: number;
  attempts?: number;
}

const ASSAY_API = "https://assay.sourdough-lab.internal/v1";

function isTimeout(err: unknown): boolean {
  return err instanceof Error && err.name === "TimeoutError";
}

async function fetchAssay(jarId: string, options: AssayOptions): Promise<StarterSample> {
  const attempts = options.attempts ?? 3;
  const perAttempt = options.attemptTimeoutMs ?? 8_000;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    options.signal.throwIfAborted();
    const signal = AbortSignal.any([options.signal, AbortSignal.timeout(perAttempt)]);
    try {
      const res = await fetch(`${ASSAY_API}/jars/${encodeURIComponent(jarId)}/assay`, { signal });
      if (!res.ok) throw new Error(`assay for ${jarId} returned ${res.status}`);
      return (await res.json()) as StarterSample;
    } catch (err) {
      if (options.signal.aborted) throw err;
      if (!isTimeout(err)) throw err;
      lastError = err;
      await delay(500 * attempt, undefined, { signal: options.signal });
    }
  }
  throw new Error(`assay for ${jarId} timed out ${attempts} times`, { cause: lastError });
}

export function judge(sample: StarterSample): LabVerdict {
  const notes: string[] = [];
  const drop = sample.phAt4h - sample.phAt8h;
  if (sample.phAt8h > 4.3) notes.push(`pH ${sample.phAt8h} at 8 h is not acidic enough`);
  if (drop < 0.2) notes.push(`pH only dropped ${drop.toFixed(2)} between 4 h and 8 h`);
  const ratio = sample.lactobacillusCfuPerG / Math.max(1, sample.yeastCfuPerG);
  if (ratio < 10 || ratio > 1_000) notes.push(`LAB:yeast ratio ${ratio.toFixed(0)} outside 10–1000`);
  return { jarId: sample.jarId, healthy: notes.length === 0, notes };
}

export async function assayJars(jarIds: readonly string[], options: AssayOptions): Promise<LabVerdict[]> {
  const verdicts: LabVerdict[] = [];
  for (const jarId of jarIds) {
    try {
      verdicts.push(judge(await fetchAssay(jarId, options)));
    } catch (err) {
      if (options.signal.aborted) throw err;
      verdicts.push({
        jarId,
        healthy: false,
        notes: [`assay unavailable: ${err instanceof Error ? err.message : String(err)}`],
      });
    }
  }
  return verdicts;
}
