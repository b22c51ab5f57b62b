// expect: none
// Correct: withRetry is given operation factories (functions) on purpose and calls one afresh per attempt; every Promise.all entry is a call.
import { setTimeout as sleep } from 'node:timers/promises';

export type GateEnd = 'upper' | 'lower';

export interface LockChamber {
  lockId: string;
  riseM: number;
  paddlesPerGate: number;
}

declare const lockPlc: {
  gateState(lockId: string, end: GateEnd): Promise<'open' | 'closed' | 'moving'>;
  openGate(lockId: string, end: GateEnd): Promise<void>;
  closeGate(lockId: string, end: GateEnd): Promise<void>;
  setPaddles(lockId: string, end: GateEnd, open: boolean): Promise<void>;
  chamberLevelM(lockId: string): Promise<number>;
  pondLevelM(lockId: string, end: GateEnd): Promise<number>;
};

declare const keeperLog: { info(msg: string, extra?: object): void };

export async function withRetry<T>(label: string, operation: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= attempts; i++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      keeperLog.info(`${label} failed, attempt ${i}/${attempts}`, { error: String(err) });
      if (i < attempts) await sleep(750 * i);
    }
  }
  throw new Error(`${label} failed after ${attempts} attempts`, { cause: lastError });
}

async function equalise(lockId: string, towards: GateEnd, toleranceM = 0.02): Promise<void> {
  await lockPlc.setPaddles(lockId, towards, true);
  try {
    for (;;) {
      const [chamber, pond] = await Promise.all([lockPlc.chamberLevelM(lockId), lockPlc.pondLevelM(lockId, towards)]);
      if (Math.abs(chamber - pond) <= toleranceM) return;
      await sleep(2_000);
    }
  } finally {
    await lockPlc.setPaddles(lockId, towards, false);
  }
}

export async function passBarge(chamber: LockChamber, direction: 'up' | 'down'): Promise<number> {
  const entry: GateEnd = direction === 'up' ? 'lower' : 'upper';
  const exit: GateEnd = entry === 'lower' ? 'upper' : 'lower';
  const started = Date.now();

  await Promise.all([
    withRetry('close exit gate', () => lockPlc.closeGate(chamber.lockId, exit)),
    equalise(chamber.lockId, entry),
  ]);
  await withRetry('open entry gate', () => lockPlc.openGate(chamber.lockId, entry));
  keeperLog.info('barge entering', { lockId: chamber.lockId, direction });

  await withRetry('close entry gate', () => lockPlc.closeGate(chamber.lockId, entry));
  await equalise(chamber.lockId, exit);
  await withRetry('open exit gate', () => lockPlc.openGate(chamber.lockId, exit));

  const minutes = (Date.now() - started) / 60_000;
  keeperLog.info('barge passed', { lockId: chamber.lockId, minutes: minutes.toFixed(1) });
  return minutes;
}

export async function gatesSafe(lockId: string): Promise<boolean> {
  const [upper, lower] = await Promise.all([lockPlc.gateState(lockId, 'upper'), lockPlc.gateState(lockId, 'lower')]);
  return !(upper === 'open' && lower === 'open');
}
