// expect: none
// The round starter passes its signal to the pairings fetch, to events.once for the arming acknowledgement and to the countdown timer, so an abort cancels every wait.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface BoardPairing {
  board: number;
  white: string;
  black: string;
}

export interface TimeControl {
  baseMinutes: number;
  incrementSeconds: number;
}

export interface RoundStartOptions {
  apiBase: string;
  countdownMs?: number;
  signal: AbortSignal;
}

export interface ClockHub extends EventEmitter {
  /** Writes a command frame to the serial bus; acknowledgements arrive later as events. */
  send(frame: Record<string, unknown>): void;
}

export interface ArmedReport {
  round: number;
  armedBoards: number[];
}

export async function startRound(
  hub: ClockHub,
  round: number,
  control: TimeControl,
  { apiBase, countdownMs = 10_000, signal }: RoundStartOptions,
): Promise<ArmedReport> {
  const res = await fetch(`${apiBase}/rounds/${round}/pairings`, { signal });
  if (!res.ok) {
    throw new Error(`pairings for round ${round} unavailable (${res.status})`);
  }
  const pairings = (await res.json()) as BoardPairing[];
  if (pairings.length === 0) {
    throw new Error(`round ${round} has no pairings`);
  }

  for (const p of pairings) {
    hub.send({
      cmd: 'arm',
      board: p.board,
      baseMs: control.baseMinutes * 60_000,
      incrementMs: control.incrementSeconds * 1000,
      label: `${p.white} vs ${p.black}`,
    });
  }
  hub.send({ cmd: 'arm-complete', round, boards: pairings.length });
  const [armedBoards] = (await once(hub, 'all-armed', { signal })) as [number[]];

  const missing = pairings.filter((p) => !armedBoards.includes(p.board)).map((p) => p.board);
  if (missing.length > 0) {
    throw new Error(`boards ${missing.join(', ')} did not arm for round ${round}`);
  }

  hub.send({ cmd: 'countdown', round, ms: countdownMs });
  await delay(countdownMs, undefined, { signal });
  hub.send({ cmd: 'start', round });

  return { round, armedBoards };
}
