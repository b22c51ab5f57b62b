// expect: none
// pollUntilCorralled calls fetchCorralStatus() afresh on each pass of the loop, so every iteration sees a new reading from the corral gate counters.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CorralStatus {
  corral: string;
  insideCount: number;
  gateOpen: boolean;
  lastMovementAt: string;
}

export interface CorralApi {
  status(corral: string, signal?: AbortSignal): Promise<CorralStatus>;
}

export interface MarkingSession {
  corral: string;
  expectedAnimals: number;
  markers: string[];
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export async function pollUntilCorralled(
  api: CorralApi,
  session: MarkingSession,
  { intervalMs = 15_000, timeoutMs = 3 * 3_600_000, signal }: PollOptions = {},
): Promise<CorralStatus> {
  const deadline = Date.now() + timeoutMs;
  const fetchCorralStatus = () => api.status(session.corral, signal);

  for (;;) {
    const status = await fetchCorralStatus();
    const quietForMs = Date.now() - new Date(status.lastMovementAt).getTime();
    if (!status.gateOpen && status.insideCount >= session.expectedAnimals * 0.9 && quietForMs > 60_000) {
      return status;
    }
    if (Date.now() + intervalMs > deadline) {
      throw new Error(
        `${session.corral}: only ${status.insideCount}/${session.expectedAnimals} reindeer corralled before timeout`,
      );
    }
    await sleep(intervalMs, undefined, { signal });
  }
}

export function assignMarkers(session: MarkingSession, calves: number): Map<string, number> {
  const perMarker = Math.ceil(calves / Math.max(1, session.markers.length));
  const plan = new Map<string, number>();
  let remaining = calves;
  for (const marker of session.markers) {
    const n = Math.min(perMarker, remaining);
    plan.set(marker, n);
    remaining -= n;
  }
  return plan;
}

export function earmarkCode(owner: string, calfIndex: number): string {
  return `${owner.toUpperCase()}-${String(calfIndex).padStart(3, '0')}`;
}
