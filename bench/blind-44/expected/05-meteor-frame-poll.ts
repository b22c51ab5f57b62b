// expect: none
// pollUntil takes a factory and calls it on every iteration, so each poll is a fresh request rather than a re-await of one settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export type StackState = 'queued' | 'aligning' | 'stacked' | 'rejected';

export interface FrameStatus {
  cameraId: string;
  frameId: string;
  state: StackState;
  meteorCandidates: number;
}

declare const cameraNetwork: {
  listCameras(station: string): Promise<string[]>;
  requestStack(cameraId: string, fromUtc: string, toUtc: string): Promise<{ frameId: string }>;
  frameStatus(cameraId: string, frameId: string): Promise<FrameStatus>;
};

export interface PollOptions {
  intervalMs: number;
  maxAttempts: number;
}

export async function pollUntil<T>(
  fetchOnce: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, maxAttempts }: PollOptions,
): Promise<T> {
  let last: T | undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    last = await fetchOnce();
    if (done(last)) return last;
    await sleep(intervalMs);
  }
  throw new Error(`condition not met after ${maxAttempts} polls (last: ${JSON.stringify(last)})`);
}

const isFinal = (s: FrameStatus) => s.state === 'stacked' || s.state === 'rejected';

export interface ShowerReport {
  station: string;
  window: [string, string];
  stacked: number;
  rejected: string[];
  candidates: number;
}

export async function stackShowerWindow(station: string, fromUtc: string, toUtc: string): Promise<ShowerReport> {
  const cameras = await cameraNetwork.listCameras(station);
  const requests = await Promise.all(
    cameras.map(async (cameraId) => ({ cameraId, ...(await cameraNetwork.requestStack(cameraId, fromUtc, toUtc)) })),
  );

  const statuses = await Promise.all(
    requests.map(({ cameraId, frameId }) =>
      pollUntil(() => cameraNetwork.frameStatus(cameraId, frameId), isFinal, { intervalMs: 5_000, maxAttempts: 60 }),
    ),
  );

  const rejected = statuses.filter((s) => s.state === 'rejected').map((s) => s.cameraId);
  return {
    station,
    window: [fromUtc, toUtc],
    stacked: statuses.length - rejected.length,
    rejected,
    candidates: statuses.reduce((n, s) => n + (s.state === 'stacked' ? s.meteorCandidates : 0), 0),
  };
}

export function peakHour(reports: ShowerReport[]): string | null {
  let best: ShowerReport | null = null;
  for (const r of reports) {
    if (!best || r.candidates > best.candidates) best = r;
  }
  return best ? best.window[0] : null;
}
