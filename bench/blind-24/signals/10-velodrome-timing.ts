// expect: none
// Promise.any over the timing mirrors shares one controller that is aborted in finally, and the gate wait's timeout is an AbortSignal, so no loser or timer survives.
import { EventEmitter, once } from 'node:events';

export interface LapSplit {
  riderBib: number;
  lap: number;
  splitMs: number;
  gate: 'finish' | 'pursuit-a' | 'pursuit-b';
}

export interface HeatResult {
  heatId: string;
  splits: LapSplit[];
  source: string;
}

export class TimingFeedUnavailableError extends Error {
  constructor(heatId: string, options?: ErrorOptions) {
    super(`no timing mirror answered for heat ${heatId}`, options);
    this.name = 'TimingFeedUnavailableError';
  }
}

async function fetchSplitsFrom(mirror: string, heatId: string, signal: AbortSignal): Promise<HeatResult> {
  const res = await fetch(`${mirror}/heats/${encodeURIComponent(heatId)}/splits`, { signal });
  if (!res.ok) throw new Error(`${mirror} responded ${res.status}`);
  const splits = (await res.json()) as LapSplit[];
  return { heatId, splits, source: mirror };
}

/**
 * Asks every timing mirror for the heat's splits and takes whichever answers first.
 */
export async function fetchHeatSplits(
  mirrors: readonly string[],
  heatId: string,
  signal?: AbortSignal,
): Promise<HeatResult> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const combined = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;

  try {
    return await Promise.any(mirrors.map((m) => fetchSplitsFrom(m, heatId, combined)));
  } catch (err) {
    signal?.throwIfAborted();
    throw new TimingFeedUnavailableError(heatId, { cause: err });
  } finally {
    controller.abort();
  }
}

/**
 * Waits for the start gate to release, or fails once the holding window passes.
 */
export async function waitForGateRelease(
  gate: EventEmitter,
  holdWindowMs: number,
  signal?: AbortSignal,
): Promise<{ releasedAt: bigint }> {
  const timeout = AbortSignal.timeout(holdWindowMs);
  const waitSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const [releasedAt] = (await once(gate, 'release', { signal: waitSignal })) as [bigint];
  return { releasedAt };
}

export async function runHeat(
  gate: EventEmitter,
  mirrors: readonly string[],
  heatId: string,
  signal: AbortSignal,
): Promise<{ heat: HeatResult; fastestLapMs: number }> {
  const { releasedAt } = await waitForGateRelease(gate, 60_000, signal);
  await once(gate, 'heat-complete', { signal });

  const heat = await fetchHeatSplits(mirrors, heatId, signal);
  const fastestLapMs = Math.min(...heat.splits.filter((s) => s.gate === 'finish').map((s) => s.splitMs));
  console.info(`heat ${heatId} released at ${releasedAt}, fastest lap ${fastestLapMs}ms via ${heat.source}`);
  return { heat, fastestLapMs };
}
