// expect: no-reused-settled-promise
// The retry loop awaits the same pending readTension() promise on every attempt, so a failed reading is never re-taken and the loop just re-throws.
import { setTimeout as delay } from 'node:timers/promises';

export type StringGauge = 'gut' | 'nylon' | 'wire' | 'silk';

export interface HarpString {
  id: string;
  note: string;
  gauge: StringGauge;
  lengthMm: number;
  targetTensionN: number;
}

export interface TensionCheck {
  stringId: string;
  measuredN: number;
  deviationPct: number;
  attempts: number;
  pass: boolean;
}

interface TensionGauge {
  readTension(stringId: string): Promise<number>;
  zero(): Promise<void>;
}

declare const bench: {
  gauge: TensionGauge;
  strings(harpId: string): Promise<HarpString[]>;
  recordCheck(harpId: string, check: TensionCheck): Promise<void>;
};

const TOLERANCE_PCT: Record<StringGauge, number> = {
  gut: 4,
  silk: 5,
  nylon: 3,
  wire: 2,
};

export class TensionInspector {
  private readonly maxAttempts = 4;
  private readonly backoffMs = 250;

  constructor(private readonly gauge: TensionGauge) {}

  async check(string: HarpString): Promise<TensionCheck> {
    const reading = this.gauge.readTension(string.id);
    let lastError: unknown;

    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        const measuredN = await reading;
        const deviationPct = ((measuredN - string.targetTensionN) / string.targetTensionN) * 100;
        return {
          stringId: string.id,
          measuredN,
          deviationPct,
          attempts: attempt,
          pass: Math.abs(deviationPct) <= TOLERANCE_PCT[string.gauge],
        };
      } catch (err) {
        lastError = err;
        await delay(this.backoffMs * attempt);
      }
    }
    throw new Error(`tension gauge failed ${this.maxAttempts} times on string ${string.id}`, {
      cause: lastError,
    });
  }
}

export async function inspectHarp(harpId: string): Promise<{ failed: string[]; checked: number }> {
  const strings = await bench.strings(harpId);
  const inspector = new TensionInspector(bench.gauge);
  await bench.gauge.zero();

  const failed: string[] = [];
  for (const s of strings.sort((a, b) => b.lengthMm - a.lengthMm)) {
    const result = await inspector.check(s);
    await bench.recordCheck(harpId, result);
    if (!result.pass) failed.push(`${s.note} (${result.deviationPct.toFixed(1)}%)`);
  }
  return { failed, checked: strings.length };
}
