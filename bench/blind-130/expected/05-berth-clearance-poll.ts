// expect: none
// The poll loop calls harbourControl.clearance() again on every iteration, so each check awaits a fresh request rather than the first answer.
import { setTimeout as sleep } from 'node:timers/promises';

export type ClearanceState = 'pending' | 'cleared' | 'denied' | 'hold-for-swell';

export interface Clearance {
  craftId: string;
  berthId: string;
  state: ClearanceState;
  swellM: number;
  updatedAt: string;
}

export interface HarbourControl {
  clearance(craftId: string, berthId: string): Promise<Clearance>;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  signal?: AbortSignal;
}

export class ClearanceDeniedError extends Error {
  constructor(readonly clearance: Clearance) {
    super(`berth ${clearance.berthId} denied to ${clearance.craftId}`);
    this.name = 'ClearanceDeniedError';
  }
}

export async function waitForBerthClearance(
  control: HarbourControl,
  craftId: string,
  berthId: string,
  opts: PollOptions,
): Promise<Clearance> {
  const deadline = Date.now() + opts.timeoutMs;
  let last: Clearance | undefined;

  while (Date.now() < deadline) {
    last = await control.clearance(craftId, berthId);
    if (last.state === 'cleared') return last;
    if (last.state === 'denied') throw new ClearanceDeniedError(last);

    const pause = last.state === 'hold-for-swell' ? opts.intervalMs * 3 : opts.intervalMs;
    await sleep(Math.min(pause, Math.max(0, deadline - Date.now())), undefined, { signal: opts.signal });
  }

  throw new Error(
    `no clearance for ${craftId} at ${berthId} after ${opts.timeoutMs}ms (last state: ${last?.state ?? 'unknown'})`,
  );
}

export function approachAdvice(c: Clearance): string {
  if (c.state === 'cleared' && c.swellM > 1.2) {
    return `Cleared for ${c.berthId}; swell ${c.swellM} m, approach on cushion at reduced lift.`;
  }
  if (c.state === 'cleared') return `Cleared for ${c.berthId}.`;
  if (c.state === 'hold-for-swell') return `Hold off ${c.berthId}: swell ${c.swellM} m.`;
  return `Awaiting harbour control for ${c.berthId}.`;
}
