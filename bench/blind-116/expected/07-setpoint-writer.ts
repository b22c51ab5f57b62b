// expect: no-reused-settled-promise
// retrying() is handed the promise from a single hvac.writeSetpoint call and re-awaits that same settled promise on each attempt, so a failed write is never actually re-sent.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Setpoint {
  zone: string;
  rhPct: number;
  tempC: number;
}

export interface HvacController {
  writeSetpoint(sp: Setpoint): Promise<{ accepted: boolean; appliedAt: string }>;
  readSetpoint(zone: string): Promise<Setpoint>;
}

export interface ChangeLog {
  append(entry: { zone: string; from: Setpoint; to: Setpoint; by: string }): Promise<void>;
}

async function retrying<T>(attempt: Promise<T>, tries = 4, backoffMs = 2_000): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      await sleep(backoffMs * 2 ** i);
    }
  }
  throw lastError;
}

const MAX_RH_STEP = 3; // never move RH more than 3 points at once around paintings on panel

export class VaultSetpointWriter {
  constructor(private readonly hvac: HvacController, private readonly changes: ChangeLog) {}

  async adjust(zone: string, target: Omit<Setpoint, 'zone'>, by: string): Promise<Setpoint> {
    const current = await this.hvac.readSetpoint(zone);
    const step = Math.max(-MAX_RH_STEP, Math.min(MAX_RH_STEP, target.rhPct - current.rhPct));
    const next: Setpoint = { zone, rhPct: current.rhPct + step, tempC: target.tempC };

    const result = await retrying(this.hvac.writeSetpoint(next));
    if (!result.accepted) throw new Error(`controller refused setpoint for ${zone}`);

    await this.changes.append({ zone, from: current, to: next, by });
    return next;
  }

  async rampTo(zone: string, target: Omit<Setpoint, 'zone'>, by: string, stepMinutes = 60): Promise<Setpoint> {
    let applied = await this.adjust(zone, target, by);
    while (applied.rhPct !== target.rhPct) {
      await sleep(stepMinutes * 60_000);
      applied = await this.adjust(zone, target, by);
    }
    return applied;
  }
}

export function describeSetpoint(sp: Setpoint): string {
  return `${sp.zone}: ${sp.rhPct}% RH @ ${sp.tempC}°C`;
}
