// expect: no-reused-settled-promise
// waitForSettledStrain starts one gauge read before the loop and re-awaits it every iteration, so the "two consecutive readings agree" check compares a reading with itself.
import { setTimeout as delay } from 'node:timers/promises';

export interface StrainReading {
  gaugeId: string;
  channel: number;
  microstrain: number;
  tempC: number;
  at: number;
}

export interface SettleOptions {
  channel: number;
  toleranceMicrostrain: number;
  intervalMs: number;
  timeoutMs: number;
}

export interface LoadTestStep {
  label: string;
  axleLoadKn: number;
  position: 'north-span' | 'midspan' | 'south-span';
}

declare const gauges: {
  readChannel(gaugeId: string, channel: number): Promise<StrainReading>;
};

declare const loadTruck: {
  moveTo(position: LoadTestStep['position'], axleLoadKn: number): Promise<void>;
  clearDeck(): Promise<void>;
};

declare const results: {
  record(testId: string, step: LoadTestStep, reading: StrainReading): Promise<void>;
};

export class StrainTimeoutError extends Error {
  constructor(gaugeId: string, ms: number) {
    super(`Gauge ${gaugeId} did not settle within ${ms}ms`);
    this.name = 'StrainTimeoutError';
  }
}

function thermalCorrection(reading: StrainReading, referenceC: number): number {
  const coefficient = 10.8;
  return reading.microstrain - coefficient * (reading.tempC - referenceC);
}

export async function waitForSettledStrain(gaugeId: string, opts: SettleOptions): Promise<StrainReading> {
  const deadline = Date.now() + opts.timeoutMs;
  const reading = gauges.readChannel(gaugeId, opts.channel);
  let previous: StrainReading | undefined;

  while (Date.now() < deadline) {
    const current = await reading;
    if (previous && Math.abs(current.microstrain - previous.microstrain) <= opts.toleranceMicrostrain) {
      return current;
    }
    previous = current;
    await delay(opts.intervalMs);
  }

  throw new StrainTimeoutError(gaugeId, opts.timeoutMs);
}

export async function runLoadTest(
  testId: string,
  gaugeId: string,
  steps: LoadTestStep[],
  referenceC: number,
): Promise<Array<{ step: string; correctedMicrostrain: number }>> {
  const summary: Array<{ step: string; correctedMicrostrain: number }> = [];
  try {
    for (const step of steps) {
      await loadTruck.moveTo(step.position, step.axleLoadKn);
      const settled = await waitForSettledStrain(gaugeId, {
        channel: 1,
        toleranceMicrostrain: 2,
        intervalMs: 500,
        timeoutMs: 60_000,
      });
      await results.record(testId, step, settled);
      summary.push({ step: step.label, correctedMicrostrain: thermalCorrection(settled, referenceC) });
    }
  } finally {
    await loadTruck.clearDeck();
  }
  return summary;
}
