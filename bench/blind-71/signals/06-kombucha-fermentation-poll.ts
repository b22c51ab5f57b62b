// expect: no-swallowed-abort
// fetchReading retries on every error, including the AbortError raised when the caller cancels, then reports a generic "unreachable" error.
import { setTimeout as sleep } from "node:timers/promises";

export interface FermentReading {
  vesselId: string;
  ph: number;
  brix: number;
  tempC: number;
  takenAt: string;
}

export interface FermentStatus {
  vesselId: string;
  readyToBottle: boolean;
  reason: string;
}

declare const probeHubUrl: string;

const RETRIES = 4;

function backoff(attempt: number): Promise<void> {
  const jitter = Math.floor(Math.random() * 100);
  return new Promise((resolve) => setTimeout(resolve, 250 * attempt + jitter));
}

async function fetchReading(vesselId: string, signal: AbortSignal): Promise<FermentReading> {
  let lastStatus = 0;
  for (let attempt = 1; attempt <= RETRIES; attempt += 1) {
    try {
      const response = await fetch(`${probeHubUrl}/vessels/${encodeURIComponent(vesselId)}/latest`, {
        signal,
      });
      if (response.ok) {
        return (await response.json()) as FermentReading;
      }
      lastStatus = response.status;
      if (response.status < 500) break;
    } catch {
      lastStatus = -1;
    }
    await backoff(attempt);
  }
  throw new Error(`probe hub unreachable for ${vesselId} (last status ${lastStatus})`);
}

function assess(reading: FermentReading, targetPh: number): FermentStatus {
  if (reading.tempC < 18) {
    return { vesselId: reading.vesselId, readyToBottle: false, reason: "too cold; fermentation stalled" };
  }
  if (reading.ph > targetPh + 0.2) {
    return { vesselId: reading.vesselId, readyToBottle: false, reason: `pH ${reading.ph} still above target` };
  }
  if (reading.brix > 6) {
    return { vesselId: reading.vesselId, readyToBottle: false, reason: "residual sugar too high" };
  }
  return { vesselId: reading.vesselId, readyToBottle: true, reason: "within bottling window" };
}

export async function pollUntilReady(
  vesselId: string,
  targetPh: number,
  { signal, intervalMs = 60_000 }: { signal: AbortSignal; intervalMs?: number },
): Promise<FermentStatus> {
  for (;;) {
    const reading = await fetchReading(vesselId, signal);
    const status = assess(reading, targetPh);
    if (status.readyToBottle) {
      return status;
    }
    await sleep(intervalMs, undefined, { signal });
  }
}

export async function bottlingCandidates(
  vessels: Array<{ id: string; targetPh: number }>,
  signal: AbortSignal,
): Promise<string[]> {
  const ready: string[] = [];
  for (const vessel of vessels) {
    const reading = await fetchReading(vessel.id, signal);
    if (assess(reading, vessel.targetPh).readyToBottle) {
      ready.push(vessel.id);
    }
  }
  return ready;
}
