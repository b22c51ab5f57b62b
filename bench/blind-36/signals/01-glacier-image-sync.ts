// expect: require-signal-propagation
// syncTimelapse passes options.signal to the manifest fetch but not to the per-image fetch inside the loop, so cancelling a sync keeps downloading every frame.
import { mkdir, writeFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface CameraFrame {
  frameId: string;
  stationId: string;
  capturedAt: string;
  url: string;
  bytes: number;
  cloudCoverPct: number;
}

export interface SyncOptions {
  signal?: AbortSignal;
  maxCloudCoverPct?: number;
  since?: Date;
}

export interface SyncSummary {
  stationId: string;
  downloaded: number;
  skippedExisting: number;
  skippedCloudy: number;
  bytes: number;
}

const STATION_API = process.env.GLACIER_API ?? 'https://stations.glacier-watch.example/api';

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function framePath(root: string, frame: CameraFrame): string {
  const day = frame.capturedAt.slice(0, 10);
  return path.join(root, frame.stationId, day, `${frame.frameId}.jpg`);
}

export async function syncTimelapse(
  stationId: string,
  root: string,
  options: SyncOptions = {},
): Promise<SyncSummary> {
  const { signal, maxCloudCoverPct = 60, since } = options;
  const query = since ? `?since=${encodeURIComponent(since.toISOString())}` : '';
  const manifestRes = await fetch(`${STATION_API}/stations/${stationId}/frames${query}`, { signal });
  if (!manifestRes.ok) {
    throw new Error(`manifest for ${stationId} failed: HTTP ${manifestRes.status}`);
  }
  const frames = (await manifestRes.json()) as CameraFrame[];

  const summary: SyncSummary = { stationId, downloaded: 0, skippedExisting: 0, skippedCloudy: 0, bytes: 0 };

  for (const frame of frames) {
    if (frame.cloudCoverPct > maxCloudCoverPct) {
      summary.skippedCloudy++;
      continue;
    }
    const target = framePath(root, frame);
    if (await exists(target)) {
      summary.skippedExisting++;
      continue;
    }

    const imageRes = await fetch(frame.url);
    if (!imageRes.ok) {
      throw new Error(`frame ${frame.frameId} failed: HTTP ${imageRes.status}`);
    }
    const body = Buffer.from(await imageRes.arrayBuffer());
    if (body.length !== frame.bytes) {
      throw new Error(`frame ${frame.frameId} truncated (${body.length}/${frame.bytes} bytes)`);
    }

    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, body, { signal });
    summary.downloaded++;
    summary.bytes += body.length;
  }

  return summary;
}

export async function syncAllStations(
  stationIds: string[],
  root: string,
  options: SyncOptions = {},
): Promise<SyncSummary[]> {
  const summaries: SyncSummary[] = [];
  for (const stationId of stationIds) {
    options.signal?.throwIfAborted();
    summaries.push(await syncTimelapse(stationId, root, options));
  }
  return summaries;
}
