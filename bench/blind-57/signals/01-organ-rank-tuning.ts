// expect: require-signal-propagation
// Bug: tuneRank forwards its signal to fetch and the settle delay but not to pipeTuner.measure, which accepts one, so an aborted session keeps measuring pipes.
import { setTimeout as delay } from 'node:timers/promises';

declare const pipeTuner: {
  measure(pipeId: string, options?: { signal?: AbortSignal; averaging?: number }): Promise<{ hz: number; stable: boolean }>;
  adjustSlide(pipeId: string, cents: number): Promise<void>;
};

export interface PipeSpec {
  pipeId: string;
  note: string;
  targetHz: number;
}

export interface RankTuningResult {
  rank: string;
  adjusted: number;
  withinTolerance: number;
  skipped: string[];
}

export interface TuneOptions {
  signal?: AbortSignal;
  toleranceCents?: number;
  settleMs?: number;
}

const SPEC_SERVICE = 'https://organ-works.internal/api/ranks';

async function loadRank(rank: string, signal?: AbortSignal): Promise<PipeSpec[]> {
  const res = await fetch(`${SPEC_SERVICE}/${encodeURIComponent(rank)}/pipes`, { signal });
  if (!res.ok) throw new Error(`rank ${rank}: spec service returned ${res.status}`);
  return (await res.json()) as PipeSpec[];
}

function cents(measuredHz: number, targetHz: number): number {
  return 1200 * Math.log2(measuredHz / targetHz);
}

export async function tuneRank(rank: string, options: TuneOptions = {}): Promise<RankTuningResult> {
  const { signal, toleranceCents = 2, settleMs = 800 } = options;
  const pipes = await loadRank(rank, signal);
  const result: RankTuningResult = { rank, adjusted: 0, withinTolerance: 0, skipped: [] };

  for (const pipe of pipes) {
    signal?.throwIfAborted();
    const reading = await pipeTuner.measure(pipe.pipeId, { averaging: 8 });
    if (!reading.stable) {
      result.skipped.push(pipe.pipeId);
      continue;
    }

    const off = cents(reading.hz, pipe.targetHz);
    if (Math.abs(off) <= toleranceCents) {
      result.withinTolerance += 1;
      continue;
    }

    await pipeTuner.adjustSlide(pipe.pipeId, -off);
    // Let the pipe speak again after the slide moves before moving on.
    await delay(settleMs, undefined, { signal });
    result.adjusted += 1;
  }

  return result;
}

export async function tuneOrgan(ranks: string[], signal: AbortSignal): Promise<RankTuningResult[]> {
  const results: RankTuningResult[] = [];
  for (const rank of ranks) {
    results.push(await tuneRank(rank, { signal, toleranceCents: rank.startsWith('Reed') ? 4 : 2 }));
  }
  return results;
}
