// expect: none
// runLockage catches errors only to close the sluices safely and then rethrows them, AbortError included; every cancellable call receives the signal.
import { setTimeout as sleep } from 'node:timers/promises';

export type Direction = 'up' | 'down';

export interface ChamberLevels {
  upperPoundM: number;
  lowerPoundM: number;
  chamberM: number;
}

interface LockPlc {
  readLevels(init: { signal?: AbortSignal }): Promise<ChamberLevels>;
  setGate(gate: 'upper' | 'lower', state: 'open' | 'closed', init: { signal?: AbortSignal }): Promise<void>;
  setSluice(gate: 'upper' | 'lower', openPct: number, init: { signal?: AbortSignal }): Promise<void>;
  // Hard-wired interlock: closes every paddle immediately, not cancellable by design.
  closeAllSluices(): Promise<void>;
}

declare const plc: LockPlc;

declare const lockDiary: {
  record(entry: { direction: Direction; vessels: string[]; durationS: number; outcome: string }): Promise<void>;
};

const LEVEL_TOLERANCE_M = 0.03;

async function equalise(
  sluice: 'upper' | 'lower',
  targetOf: (l: ChamberLevels) => number,
  signal: AbortSignal | undefined,
): Promise<void> {
  await plc.setSluice(sluice, 35, { signal });
  for (;;) {
    const levels = await plc.readLevels({ signal });
    const remaining = Math.abs(levels.chamberM - targetOf(levels));
    if (remaining <= LEVEL_TOLERANCE_M) break;
    // Open paddles wider as the head drops, to avoid turbulence with boats in the chamber.
    await plc.setSluice(sluice, remaining < 0.5 ? 100 : 35, { signal });
    await sleep(2_000, undefined, { signal });
  }
  await plc.setSluice(sluice, 0, { signal });
}

export async function runLockage(direction: Direction, vessels: string[], signal?: AbortSignal): Promise<number> {
  signal?.throwIfAborted();
  const started = Date.now();
  const entryGate = direction === 'up' ? 'lower' : 'upper';
  const exitGate = direction === 'up' ? 'upper' : 'lower';

  try {
    await plc.setGate(entryGate, 'closed', { signal });
    await equalise(
      exitGate,
      (l) => (direction === 'up' ? l.upperPoundM : l.lowerPoundM),
      signal,
    );
    await plc.setGate(exitGate, 'open', { signal });
  } catch (err) {
    // Whatever went wrong, never leave water running through a chamber with boats in it.
    await plc.closeAllSluices();
    const outcome = err instanceof Error && err.name === 'AbortError' ? 'cancelled by keeper' : 'fault';
    await lockDiary.record({
      direction,
      vessels,
      durationS: Math.round((Date.now() - started) / 1000),
      outcome,
    });
    throw err;
  }

  const durationS = Math.round((Date.now() - started) / 1000);
  await lockDiary.record({ direction, vessels, durationS, outcome: 'completed' });
  return durationS;
}
