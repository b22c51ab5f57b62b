// expect: require-signal-propagation
// The fetches receive the signal, but the rate-limit backoff sleeps with timers/promises setTimeout without it, so an abort during the wait is not honoured until the sleep ends.
import { setTimeout as delay } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface FiringSegment {
  rampCPerHour: number;
  targetC: number;
  holdMin: number;
}

export interface FiringProfile {
  name: string;
  cone: string;
  segments: FiringSegment[];
  updatedAt: string;
}

export interface SyncResult {
  kilnId: string;
  written: string[];
  skipped: string[];
}

function retryAfterMs(res: Response, fallbackMs: number): number {
  const header = res.headers.get('retry-after');
  if (!header) return fallbackMs;
  const secs = Number(header);
  return Number.isFinite(secs) ? secs * 1000 : fallbackMs;
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const res = await fetch(url, { signal });
    if (res.status === 429) {
      await delay(retryAfterMs(res, 1000 * (attempt + 1)));
      continue;
    }
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }
  throw new Error(`${url}: still rate limited after 5 attempts`);
}

export async function syncKilnProfiles(
  apiBase: string,
  kilnId: string,
  outDir: string,
  signal: AbortSignal,
): Promise<SyncResult> {
  const names = await getJson<string[]>(`${apiBase}/kilns/${kilnId}/profiles`, signal);
  const written: string[] = [];
  const skipped: string[] = [];

  for (const name of names) {
    const profile = await getJson<FiringProfile>(
      `${apiBase}/kilns/${kilnId}/profiles/${encodeURIComponent(name)}`,
      signal,
    );
    if (profile.segments.length === 0 || profile.segments.some((s) => s.targetC > 1320)) {
      skipped.push(name);
      continue;
    }
    const file = join(outDir, `${kilnId}-${name.replace(/[^\w-]+/g, '_')}.json`);
    await writeFile(file, JSON.stringify(profile, null, 2), { signal });
    written.push(file);
  }

  return { kilnId, written, skipped };
}

export function totalFiringHours(profile: FiringProfile, roomC = 20): number {
  let current = roomC;
  let hours = 0;
  for (const seg of profile.segments) {
    hours += Math.abs(seg.targetC - current) / seg.rampCPerHour + seg.holdMin / 60;
    current = seg.targetC;
  }
  return hours;
}
