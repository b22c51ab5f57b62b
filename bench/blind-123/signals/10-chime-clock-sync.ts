// expect: no-swallowed-abort
// syncChimeClock wraps every failure, including the AbortError raised when the caller's signal fires, in a plain ChimeSyncError, so callers can no longer tell a cancellation from a real sync failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TimeSample {
  serverMs: number;
  rttMs: number;
}

export interface ClockSyncResult {
  tower: string;
  offsetMs: number;
  samples: number;
}

export class ChimeSyncError extends Error {
  override name = 'ChimeSyncError';
  constructor(
    message: string,
    readonly tower: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

async function sampleOnce(url: string, signal: AbortSignal): Promise<TimeSample> {
  const sentAt = performance.now();
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`time server ${res.status}`);
  const body = (await res.json()) as { epochMs: number };
  return { serverMs: body.epochMs, rttMs: performance.now() - sentAt };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export async function syncChimeClock(
  tower: string,
  timeServerUrl: string,
  signal: AbortSignal,
  rounds = 5,
): Promise<ClockSyncResult> {
  try {
    const offsets: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const sample = await sampleOnce(timeServerUrl, signal);
      // assume symmetric path: server stamped the reply halfway through the round trip
      const localAtServerStamp = Date.now() - sample.rttMs / 2;
      offsets.push(sample.serverMs - localAtServerStamp);
      if (i + 1 < rounds) await sleep(200, undefined, { signal });
    }
    return { tower, offsetMs: Math.round(median(offsets)), samples: offsets.length };
  } catch (err) {
    throw new ChimeSyncError(
      `clock sync for ${tower} failed: ${err instanceof Error ? err.message : String(err)}`,
      tower,
      { cause: err },
    );
  }
}

export async function adjustMovement(
  tower: string,
  timeServerUrl: string,
  nudge: (ms: number, signal: AbortSignal) => Promise<void>,
  signal: AbortSignal,
): Promise<number> {
  const { offsetMs } = await syncChimeClock(tower, timeServerUrl, signal);
  if (Math.abs(offsetMs) < 250) return 0;
  // the escapement can only be nudged about two seconds per adjustment
  const step = Math.max(-2_000, Math.min(2_000, offsetMs));
  await nudge(step, signal);
  return step;
}
