// expect: no-swallowed-abort
// The retry loop treats every thrown error as transient, so an AbortError from fetch is retried and finally rethrown as a CameraUnavailableError.
export interface FrameMeta {
  frameId: string;
  depthM: number;
  capturedAt: string;
  bleachingScore: number;
}

export interface FetchFramesOptions {
  signal: AbortSignal;
  since: Date;
  limit?: number;
}

declare const REEF_CAM_API: string;
declare const camLog: { warn(msg: string, meta?: Record<string, unknown>): void };

export class CameraUnavailableError extends Error {
  constructor(readonly cameraId: string, readonly attempts: number, options?: { cause?: unknown }) {
    super(`reef camera ${cameraId} unavailable after ${attempts} attempts`, options);
    this.name = 'CameraUnavailableError';
  }
}

class HttpError extends Error {
  constructor(readonly status: number, url: string) {
    super(`GET ${url} -> ${status}`);
  }
}

const MAX_ATTEMPTS = 4;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryable(err: unknown): boolean {
  if (err instanceof HttpError) return err.status >= 500 || err.status === 429;
  return true; // network-level failure (reset, DNS, TLS): buoy uplinks drop constantly
}

export async function fetchFrames(cameraId: string, options: FetchFramesOptions): Promise<FrameMeta[]> {
  const params = new URLSearchParams({ since: options.since.toISOString(), limit: String(options.limit ?? 200) });
  const url = `${REEF_CAM_API}/cameras/${cameraId}/frames?${params}`;

  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const res = await fetch(url, { signal: options.signal });
      if (!res.ok) throw new HttpError(res.status, url);
      return (await res.json()) as FrameMeta[];
    } catch (err) {
      lastError = err;
      if (!retryable(err)) break;
      camLog.warn('frame fetch failed, retrying', { cameraId, attempt, error: String(err) });
      await pause(300 * 2 ** attempt);
    }
  }
  throw new CameraUnavailableError(cameraId, MAX_ATTEMPTS, { cause: lastError });
}

export function bleachingAlerts(frames: FrameMeta[], threshold = 0.6): FrameMeta[] {
  const byDepth = new Map<number, FrameMeta>();
  for (const frame of frames) {
    const bucket = Math.round(frame.depthM);
    const current = byDepth.get(bucket);
    if (!current || frame.bleachingScore > current.bleachingScore) byDepth.set(bucket, frame);
  }
  return [...byDepth.values()].filter((f) => f.bleachingScore >= threshold);
}
