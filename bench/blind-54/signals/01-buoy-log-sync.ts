// expect: require-signal-propagation
// The page requests honour options.signal but the per-dive sonar profile download is fetched without it, so cancelling the sync leaves those downloads running.
import { setTimeout as sleep } from "node:timers/promises";

export interface RemoteDive {
  id: string;
  diverId: string;
  surfacedAt: string;
  maxDepthM: number;
  profileUrl: string;
}

export interface SyncOptions {
  since: string;
  signal?: AbortSignal;
  pageSize?: number;
}

interface Page {
  dives: RemoteDive[];
  next?: string;
}

declare const buoyBaseUrl: string;
declare const localLog: {
  has(diveId: string): Promise<boolean>;
  insert(dive: RemoteDive, profile: Float32Array): Promise<void>;
};

async function fetchPage(url: string, signal?: AbortSignal): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, { signal, headers: { accept: "application/json" } });
    if (res.ok) return (await res.json()) as Page;
    if (res.status !== 503 || attempt === 3) {
      throw new Error(`buoy log page ${url} failed: ${res.status}`);
    }
    await sleep(500 * attempt, undefined, { signal });
  }
}

async function downloadProfile(dive: RemoteDive): Promise<Float32Array> {
  const res = await fetch(dive.profileUrl);
  if (!res.ok) throw new Error(`profile for dive ${dive.id} failed: ${res.status}`);
  return new Float32Array(await res.arrayBuffer());
}

export async function syncDiveLogs(options: SyncOptions): Promise<{ imported: number; skipped: number }> {
  const { since, signal, pageSize = 50 } = options;
  let url: string | undefined = `${buoyBaseUrl}/dives?since=${encodeURIComponent(since)}&limit=${pageSize}`;
  let imported = 0;
  let skipped = 0;

  while (url) {
    const page: Page = await fetchPage(url, signal);
    for (const dive of page.dives) {
      signal?.throwIfAborted();
      if (await localLog.has(dive.id)) {
        skipped += 1;
        continue;
      }
      const profile = await downloadProfile(dive);
      await localLog.insert(dive, profile);
      imported += 1;
    }
    url = page.next;
  }
  return { imported, skipped };
}

export function deepestDives(dives: RemoteDive[], count = 5): RemoteDive[] {
  return [...dives].sort((a, b) => b.maxDepthM - a.maxDepthM).slice(0, count);
}
