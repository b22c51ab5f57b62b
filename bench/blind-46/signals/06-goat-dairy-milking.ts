// expect: none
// The cluster-detach race aborts a shared controller in finally, which cancels both the losing timer and the losing once() listener.
import { once, type EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StallUnit extends EventEmitter {
  stall: number;
  vacuumOn(): Promise<void>;
  vacuumOff(): Promise<void>;
  pulsationRate(perMinute: number): Promise<void>;
}

export interface DetachEvent {
  stall: number;
  litres: number;
  flowAtDetachKgMin: number;
}

export type MilkOutcome =
  | { stall: number; kind: 'detached'; event: DetachEvent }
  | { stall: number; kind: 'overmilk-guard'; afterMs: number };

declare const herdManager: {
  recordLetdown(stall: number, outcome: MilkOutcome): Promise<void>;
};

export async function milkUntilDetach(
  unit: StallUnit,
  maxMs: number,
  signal: AbortSignal,
): Promise<MilkOutcome> {
  const losers = new AbortController();
  const combined = AbortSignal.any([signal, losers.signal]);
  await unit.vacuumOn();
  try {
    await unit.pulsationRate(60);
    return await Promise.race([
      once(unit, 'detach', { signal: combined }).then(
        ([event]): MilkOutcome => ({ stall: unit.stall, kind: 'detached', event: event as DetachEvent }),
      ),
      sleep(maxMs, undefined, { signal: combined }).then(
        (): MilkOutcome => ({ stall: unit.stall, kind: 'overmilk-guard', afterMs: maxMs }),
      ),
    ]);
  } finally {
    losers.abort();
    await unit.vacuumOff();
  }
}

export interface ParlorTurn {
  turn: number;
  outcomes: MilkOutcome[];
  guardTrips: number[];
}

export async function runParlorTurn(
  turn: number,
  units: StallUnit[],
  maxMs: number,
  signal: AbortSignal,
): Promise<ParlorTurn> {
  const outcomes = await Promise.all(units.map((u) => milkUntilDetach(u, maxMs, signal)));
  for (const outcome of outcomes) {
    signal.throwIfAborted();
    await herdManager.recordLetdown(outcome.stall, outcome);
  }
  return {
    turn,
    outcomes,
    guardTrips: outcomes.filter((o) => o.kind === 'overmilk-guard').map((o) => o.stall),
  };
}

export function litresThisTurn(turn: ParlorTurn): number {
  return turn.outcomes.reduce((sum, o) => (o.kind === 'detached' ? sum + o.event.litres : sum), 0);
}
