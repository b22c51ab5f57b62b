// expect: no-reused-settled-promise
// sampleWithRetry starts anemometer.sample once and races that same promise on every retry, so a timed-out or failed sample is never re-taken.
import { setTimeout as sleep } from "node:timers/promises";

export interface AirflowSample {
  shaft: string;
  cubicMetresPerSecond: number;
  methanePct: number;
  takenAt: number;
}

declare const anemometer: {
  sample(shaft: string): Promise<AirflowSample>;
};

declare const ventilationFans: {
  boost(shaft: string, pct: number): Promise<void>;
};

function timeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

export async function sampleWithRetry(shaft: string, attempts = 3): Promise<AirflowSample> {
  const reading = anemometer.sample(shaft);
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await timeout(reading, 2_000, `airflow sample ${shaft}`);
    } catch (err) {
      lastError = err;
      await sleep(500 * attempt);
    }
  }
  throw lastError;
}

const MIN_AIRFLOW: Record<string, number> = {
  "main-intake": 45,
  "level-3": 18,
  "level-4": 15,
};

export async function surveyShafts(shafts: string[]): Promise<AirflowSample[]> {
  const samples: AirflowSample[] = [];
  for (const shaft of shafts) {
    const sample = await sampleWithRetry(shaft);
    samples.push(sample);
    const minimum = MIN_AIRFLOW[shaft] ?? 12;
    if (sample.cubicMetresPerSecond < minimum || sample.methanePct > 0.5) {
      await ventilationFans.boost(shaft, 25);
    }
  }
  return samples;
}

export function worstMethane(samples: AirflowSample[]): AirflowSample | undefined {
  return samples.reduce<AirflowSample | undefined>(
    (worst, s) => (!worst || s.methanePct > worst.methanePct ? s : worst),
    undefined,
  );
}

export function totalAirflow(samples: AirflowSample[]): number {
  return samples.reduce((sum, s) => sum + s.cubicMetresPerSecond, 0);
}
