// expect: no-reused-settled-promise
// The retry loop awaits the same priming promise every time, so after a transient failure it re-reads the old rejection instead of priming again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PrimeResult {
  zone: string;
  pressureKpa: number;
  primedAt: number;
}

export interface MistPlan {
  zone: string;
  bursts: number;
  burstMs: number;
  intervalMs: number;
}

declare const mistPump: {
  prime(zone: string): Promise<PrimeResult>;
  burst(zone: string, ms: number): Promise<void>;
  vent(zone: string): Promise<void>;
};

declare const hygrometer: {
  relativeHumidity(zone: string): Promise<number>;
};

class PumpError extends Error {
  constructor(readonly code: 'AIRLOCK' | 'LOW_RESERVOIR' | 'VALVE_STUCK' | 'BUSY', message: string) {
    super(message);
    this.name = 'PumpError';
  }
}

const TRANSIENT = new Set(['AIRLOCK', 'BUSY']);
const MAX_ATTEMPTS = 4;

function isTransient(err: unknown): boolean {
  return err instanceof PumpError && TRANSIENT.has(err.code);
}

function backoffMs(attempt: number): number {
  return Math.min(250 * 2 ** (attempt - 1), 3_000);
}

export class MisterController {
  private readonly lastPrime = new Map<string, PrimeResult>();

  constructor(private readonly primeTtlMs = 10 * 60_000) {}

  async primeZone(zone: string): Promise<PrimeResult> {
    const cached = this.lastPrime.get(zone);
    if (cached && Date.now() - cached.primedAt < this.primeTtlMs) return cached;

    const priming = mistPump.prime(zone);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        const result = await priming;
        this.lastPrime.set(zone, result);
        return result;
      } catch (err) {
        if (!isTransient(err) || attempt === MAX_ATTEMPTS) throw err;
        await mistPump.vent(zone);
        await sleep(backoffMs(attempt));
      }
    }
    throw new Error(`unreachable: priming ${zone} exhausted retries`);
  }

  async runPlan(plan: MistPlan, targetRh: number): Promise<number> {
    const prime = await this.primeZone(plan.zone);
    if (prime.pressureKpa < 300) {
      throw new PumpError('LOW_RESERVOIR', `zone ${plan.zone} primed at only ${prime.pressureKpa}kPa`);
    }
    let bursts = 0;
    for (; bursts < plan.bursts; bursts++) {
      const rh = await hygrometer.relativeHumidity(plan.zone);
      if (rh >= targetRh) break;
      await mistPump.burst(plan.zone, plan.burstMs);
      await sleep(plan.intervalMs);
    }
    return bursts;
  }
}
