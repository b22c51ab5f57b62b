// expect: no-reused-settled-promise
// `retrying` takes an already-started Promise and awaits that same object on every attempt, so a failed gate actuation is never re-sent to the PLC and each "retry" just rethrows the first error.
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

type GateId = 'upstream' | 'downstream';
type Valve = 'fill' | 'drain';

declare const lockPlc: {
  actuateGate(gate: GateId, position: 'open' | 'closed'): Promise<void>;
  setValve(valve: Valve, open: boolean): Promise<void>;
  chamberLevelM(): Promise<number>;
  riverLevelM(side: GateId): Promise<number>;
};

interface RetryOptions {
  attempts: number;
  delayMs: number;
  label: string;
}

export async function retrying<T>(operation: Promise<T>, opts: RetryOptions, log: (msg: string) => void): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await operation;
    } catch (err) {
      lastError = err;
      log(`${opts.label} failed (attempt ${attempt}/${opts.attempts}): ${String(err)}`);
      if (attempt < opts.attempts) await delay(opts.delayMs * attempt);
    }
  }
  throw lastError;
}

export class LockSequencer extends EventEmitter {
  private busy = false;

  constructor(private readonly levelToleranceM = 0.05) {
    super();
  }

  private log = (msg: string) => this.emit('log', msg);

  private async equalise(towards: GateId, valve: Valve): Promise<void> {
    await lockPlc.setValve(valve, true);
    try {
      const target = await lockPlc.riverLevelM(towards);
      for (;;) {
        const level = await lockPlc.chamberLevelM();
        this.emit('level', level);
        if (Math.abs(level - target) <= this.levelToleranceM) return;
        await delay(5_000);
      }
    } finally {
      await lockPlc.setValve(valve, false);
    }
  }

  async passUpstream(vesselName: string): Promise<void> {
    if (this.busy) throw new Error('lock cycle already in progress');
    this.busy = true;
    const gateRetry = { attempts: 3, delayMs: 2_000 };

    try {
      this.emit('cycle-start', vesselName, 'upstream');
      await this.equalise('downstream', 'drain');
      await retrying(lockPlc.actuateGate('downstream', 'open'), { ...gateRetry, label: 'open downstream' }, this.log);
      this.emit('enter', vesselName);

      await retrying(lockPlc.actuateGate('downstream', 'closed'), { ...gateRetry, label: 'close downstream' }, this.log);
      await this.equalise('upstream', 'fill');
      await retrying(lockPlc.actuateGate('upstream', 'open'), { ...gateRetry, label: 'open upstream' }, this.log);
      this.emit('exit', vesselName);
    } finally {
      this.busy = false;
    }
  }
}
