// expect: none
// withRetry receives an operation function and calls it afresh on every attempt, so each retry sends a new valve command instead of re-reading the first failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ValveController {
  setPosition(hydrantId: string, openPct: number): Promise<{ reportedPct: number }>;
  readFlowLpm(hydrantId: string): Promise<number>;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface Log {
  warn(msg: string): void;
}

const DEFAULT_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8_000 };

export async function withRetry<T>(operation: () => Promise<T>, label: string, log: Log, policy = DEFAULT_POLICY): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      log.warn(`${label} failed on attempt ${attempt}/${policy.attempts}: ${(err as Error).message}`);
      if (attempt < policy.attempts) {
        await sleep(Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs));
      }
    }
  }
  throw new Error(`${label} failed after ${policy.attempts} attempts`, { cause: lastError });
}

export class HydrantValves {
  constructor(
    private readonly valves: ValveController,
    private readonly log: Log,
  ) {}

  async open(hydrantId: string, openPct: number): Promise<number> {
    const { reportedPct } = await withRetry(
      () => this.valves.setPosition(hydrantId, openPct),
      `open ${hydrantId} to ${openPct}%`,
      this.log,
    );
    if (Math.abs(reportedPct - openPct) > 5) {
      throw new Error(`${hydrantId} reports ${reportedPct}% after asking for ${openPct}%`);
    }
    return withRetry(() => this.valves.readFlowLpm(hydrantId), `read flow at ${hydrantId}`, this.log);
  }

  async rampTrail(hydrantIds: string[], steps: number[]): Promise<Map<string, number>> {
    const flows = new Map<string, number>();
    for (const pct of steps) {
      for (const id of hydrantIds) {
        flows.set(id, await this.open(id, pct));
      }
    }
    return flows;
  }
}
