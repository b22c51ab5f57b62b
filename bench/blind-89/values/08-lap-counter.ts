// expect: none
// Correct: bestLapMs and laps are written by the 'lap' listener, but they are read only after `await once(transponder, 'finish')`, when every lap event has already run.
import { EventEmitter, once } from 'node:events';

export interface LapEvent {
  pilot: string;
  lap: number;
  ms: number;
  missedGates: string[];
}

export interface HeatResult {
  pilot: string;
  laps: number;
  bestLapMs: number | null;
  totalMs: number;
  penaltiesMs: number;
  dnf: boolean;
}

const PENALTY_PER_MISSED_GATE_MS = 3000;

export async function recordHeat(
  transponder: EventEmitter,
  pilot: string,
  opts: { maxLaps: number; timeLimitMs: number },
): Promise<HeatResult> {
  let laps = 0;
  let totalMs = 0;
  let penaltiesMs = 0;
  let bestLapMs: number | null = null;

  const onLap = (ev: LapEvent) => {
    if (ev.pilot !== pilot || laps >= opts.maxLaps) return;
    laps += 1;
    totalMs += ev.ms;
    penaltiesMs += ev.missedGates.length * PENALTY_PER_MISSED_GATE_MS;
    if (ev.missedGates.length === 0 && (bestLapMs === null || ev.ms < bestLapMs)) {
      bestLapMs = ev.ms;
    }
  };

  transponder.on('lap', onLap);
  try {
    await once(transponder, 'finish', { signal: AbortSignal.timeout(opts.timeLimitMs + 30_000) });
  } finally {
    transponder.off('lap', onLap);
  }

  return {
    pilot,
    laps,
    bestLapMs,
    totalMs: totalMs + penaltiesMs,
    penaltiesMs,
    dnf: laps < opts.maxLaps || totalMs > opts.timeLimitMs,
  };
}

export async function recordHeatForAll(
  transponder: EventEmitter,
  pilots: string[],
  opts: { maxLaps: number; timeLimitMs: number },
): Promise<HeatResult[]> {
  const results = await Promise.all(pilots.map((p) => recordHeat(transponder, p, opts)));
  return results.sort((a, b) => Number(a.dnf) - Number(b.dnf) || b.laps - a.laps || a.totalMs - b.totalMs);
}
