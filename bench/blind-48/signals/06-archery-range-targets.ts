// expect: none
// Correct: the retry loop rethrows as soon as the error is an abort (or the signal is aborted) and only retries genuine transport failures.
import { setTimeout as delay } from 'node:timers/promises';

export interface TargetState {
  lane: number;
  faceIntact: boolean;
  arrowsDetected: number;
  scores: number[];
}

declare const rangeConfig: {
  scoringUrl: string;
};

declare const rangeLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 4;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export class TransientScoringError extends Error {
  constructor(lane: number, status: number) {
    super(`scoring camera for lane ${lane} returned HTTP ${status}`);
    this.name = 'TransientScoringError';
  }
}

async function fetchTargetState(lane: number, signal: AbortSignal): Promise<TargetState> {
  const res = await fetch(`${rangeConfig.scoringUrl}/lanes/${lane}/state`, { signal });
  if (res.status >= 500) throw new TransientScoringError(lane, res.status);
  if (!res.ok) throw new Error(`lane ${lane} state request rejected with HTTP ${res.status}`);
  return (await res.json()) as TargetState;
}

export async function readTarget(lane: number, signal: AbortSignal): Promise<TargetState> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetchTargetState(lane, signal);
    } catch (err) {
      if (signal.aborted || isAbortError(err)) throw err;
      if (!(err instanceof TransientScoringError) || attempt >= MAX_ATTEMPTS) throw err;
      rangeLog.warn('scoring camera hiccup, retrying', { lane, attempt });
      await delay(150 * 2 ** attempt, undefined, { signal });
    }
  }
}

export async function scoreEnd(lanes: number[], signal: AbortSignal): Promise<Map<number, number>> {
  const states = await Promise.all(lanes.map((lane) => readTarget(lane, signal)));
  const totals = new Map<number, number>();
  for (const state of states) {
    if (!state.faceIntact) {
      rangeLog.warn('target face damaged, scores need manual check', { lane: state.lane });
    }
    totals.set(state.lane, state.scores.reduce((sum, s) => sum + s, 0));
  }
  return totals;
}

export function leader(totals: Map<number, number>): { lane: number; total: number } | undefined {
  let best: { lane: number; total: number } | undefined;
  for (const [lane, total] of totals) {
    if (!best || total > best.total) best = { lane, total };
  }
  return best;
}
