// expect: none
// The upload retry loop passes the signal to every fetch and to the timers/promises backoff sleep, and checks throwIfAborted between attempts, so cancelling stops it promptly.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Waypoint {
  t: number;
  x: number;
  y: number;
  z: number;
  color: string;
}

export interface ChoreographyUpload {
  showId: string;
  droneId: string;
  waypoints: Waypoint[];
}

export interface UploadOptions {
  endpoint: string;
  signal: AbortSignal;
  attempts?: number;
  backoffMs?: number;
}

function isRetryable(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

export async function uploadChoreography(upload: ChoreographyUpload, opts: UploadOptions): Promise<string> {
  const attempts = opts.attempts ?? 4;
  const backoffMs = opts.backoffMs ?? 500;
  let lastStatus = 0;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    opts.signal.throwIfAborted();
    const res = await fetch(`${opts.endpoint}/shows/${upload.showId}/drones/${upload.droneId}/path`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(upload.waypoints),
      signal: opts.signal,
    });
    if (res.ok) {
      const { checksum } = (await res.json()) as { checksum: string };
      return checksum;
    }
    lastStatus = res.status;
    if (!isRetryable(res.status)) break;
    await sleep(backoffMs * 2 ** (attempt - 1), undefined, { signal: opts.signal });
  }
  throw new Error(`upload for ${upload.droneId} failed (last status ${lastStatus})`);
}

export async function uploadFleet(showId: string, paths: Map<string, Waypoint[]>, endpoint: string, signal: AbortSignal): Promise<Map<string, string>> {
  const checksums = new Map<string, string>();
  for (const [droneId, waypoints] of paths) {
    const checksum = await uploadChoreography({ showId, droneId, waypoints }, { endpoint, signal });
    checksums.set(droneId, checksum);
  }
  return checksums;
}

export function validatePath(waypoints: Waypoint[], ceilingM: number): string[] {
  const problems: string[] = [];
  for (let i = 1; i < waypoints.length; i++) {
    const a = waypoints[i - 1]!;
    const b = waypoints[i]!;
    const dist = Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);
    const speed = dist / Math.max(0.001, b.t - a.t);
    if (speed > 8) problems.push(`segment ${i}: ${speed.toFixed(1)} m/s exceeds 8 m/s`);
    if (b.z > ceilingM) problems.push(`waypoint ${i}: ${b.z} m above ceiling`);
  }
  return problems;
}
