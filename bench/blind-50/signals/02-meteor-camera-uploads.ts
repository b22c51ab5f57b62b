// expect: none
// The caller's signal reaches fetch through requestInit() and is combined with a per-request timeout; the backoff sleep also receives it.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Detection {
  stationId: string;
  cameraId: string;
  startedAt: string;
  durationMs: number;
  peakMagnitude: number;
  trajectory: Array<[number, number]>;
}

export interface StationConfig {
  stationId: string;
  token: string;
  hubUrl: string;
  requestTimeoutMs: number;
}

export interface UploadOptions {
  signal: AbortSignal;
  maxAttempts?: number;
}

class HubError extends Error {
  constructor(readonly status: number) {
    super(`meteor hub responded ${status}`);
  }
}

function requestInit(station: StationConfig, body: unknown, signal: AbortSignal): RequestInit {
  return {
    method: 'POST',
    headers: { authorization: `Bearer ${station.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.any([signal, AbortSignal.timeout(station.requestTimeoutMs)]),
  };
}

function retryable(err: unknown, signal: AbortSignal): boolean {
  if (signal.aborted) return false;
  if (err instanceof HubError) return err.status >= 500 || err.status === 429;
  return err instanceof DOMException && err.name === 'TimeoutError';
}

export async function uploadDetections(
  station: StationConfig,
  detections: Detection[],
  { signal, maxAttempts = 5 }: UploadOptions,
): Promise<number> {
  const url = new URL(`/stations/${station.stationId}/detections`, station.hubUrl);
  const payload = { detections: detections.filter((d) => d.trajectory.length >= 3) };
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, requestInit(station, payload, signal));
      if (!res.ok) throw new HubError(res.status);
      const { accepted } = (await res.json()) as { accepted: number };
      return accepted;
    } catch (err) {
      if (attempt >= maxAttempts || !retryable(err, signal)) throw err;
      await sleep(500 * 2 ** attempt, undefined, { signal });
    }
  }
}

export function coincident(a: Detection, b: Detection, windowMs = 1500): boolean {
  if (a.stationId === b.stationId) return false;
  return Math.abs(Date.parse(a.startedAt) - Date.parse(b.startedAt)) <= windowMs;
}

export function pairForTriangulation(detections: Detection[]): Array<[Detection, Detection]> {
  const sorted = [...detections].sort((x, y) => x.startedAt.localeCompare(y.startedAt));
  const pairs: Array<[Detection, Detection]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && coincident(sorted[i], sorted[j]); j++) {
      pairs.push([sorted[i], sorted[j]]);
    }
  }
  return pairs;
}
