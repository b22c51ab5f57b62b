// expect: none
// Correct: the race's losers are all cleaned up in finally: the deadline timer is cleared, the gate listener removed and the backup HTTP poll aborted.
import { EventEmitter } from 'node:events';

export interface GateCrossing {
  pilot: string;
  gateId: string;
  rssi: number;
  atMs: number;
}

declare const backupTiming: {
  crossing(pilot: string, gateId: string, opts: { signal: AbortSignal }): Promise<GateCrossing>;
};

export class SplitTimeoutError extends Error {
  constructor(pilot: string, gateId: string, ms: number) {
    super(`${pilot} did not cross ${gateId} within ${ms}ms`);
    this.name = 'SplitTimeoutError';
  }
}

export async function waitForCrossing(
  gate: EventEmitter,
  pilot: string,
  gateId: string,
  timeoutMs: number,
): Promise<GateCrossing> {
  const backupCtl = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onCrossing: ((c: GateCrossing) => void) | undefined;

  const fromGate = new Promise<GateCrossing>((resolve) => {
    onCrossing = (c) => {
      if (c.pilot === pilot && c.gateId === gateId) resolve(c);
    };
    gate.on('crossing', onCrossing);
  });

  const fromBackup = backupTiming.crossing(pilot, gateId, { signal: backupCtl.signal });

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SplitTimeoutError(pilot, gateId, timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([fromGate, fromBackup, deadline]);
  } finally {
    clearTimeout(timer);
    if (onCrossing) gate.off('crossing', onCrossing);
    backupCtl.abort();
    fromBackup.catch(() => {}); // its AbortError is expected once the gate has won
  }
}

export async function timeLap(gate: EventEmitter, pilot: string, gates: string[], splitTimeoutMs = 8000) {
  const splits: number[] = [];
  let previous: number | null = null;
  for (const gateId of gates) {
    const crossing = await waitForCrossing(gate, pilot, gateId, splitTimeoutMs);
    if (previous !== null) splits.push(crossing.atMs - previous);
    previous = crossing.atMs;
  }
  return { pilot, splits, lapMs: splits.reduce((a, b) => a + b, 0) };
}
