// expect: none
// The job signal is combined with a per-clip timeout via AbortSignal.any and that combined signal is passed to readFile, fetch and the timers/promises backoff.
import { readFile, unlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';

export interface MeteorClip {
  cameraId: string;
  file: string;
  triggeredAt: string;
  peakMagnitude: number;
}

export interface UploadResult {
  clip: string;
  remoteId: string;
  bytes: number;
}

declare const ARCHIVE_URL: string;
declare const stationKey: string;

const PER_CLIP_TIMEOUT_MS = 60_000;

async function uploadClip(clip: MeteorClip, jobSignal: AbortSignal): Promise<UploadResult> {
  const signal = AbortSignal.any([jobSignal, AbortSignal.timeout(PER_CLIP_TIMEOUT_MS)]);
  const bytes = await readFile(clip.file, { signal });
  const res = await fetch(`${ARCHIVE_URL}/cameras/${clip.cameraId}/clips`, {
    method: 'PUT',
    headers: {
      'content-type': 'video/mp4',
      'x-station-key': stationKey,
      'x-triggered-at': clip.triggeredAt,
      'x-peak-magnitude': clip.peakMagnitude.toFixed(1),
    },
    body: bytes,
    signal,
  });
  if (!res.ok) throw new Error(`archive refused ${path.basename(clip.file)}: HTTP ${res.status}`);
  const { id } = (await res.json()) as { id: string };
  return { clip: clip.file, remoteId: id, bytes: bytes.byteLength };
}

export async function drainClips(
  clips: MeteorClip[],
  options: { signal: AbortSignal; keepLocal?: boolean; retries?: number },
): Promise<{ uploaded: UploadResult[]; skipped: string[] }> {
  const { signal, keepLocal = false, retries = 2 } = options;
  const uploaded: UploadResult[] = [];
  const skipped: string[] = [];

  // Brightest fireballs first, in case the uplink drops mid-batch.
  const ordered = [...clips].sort((a, b) => a.peakMagnitude - b.peakMagnitude);

  for (const clip of ordered) {
    signal.throwIfAborted();
    let result: UploadResult | undefined;
    for (let attempt = 0; attempt <= retries && !result; attempt++) {
      try {
        result = await uploadClip(clip, signal);
      } catch (err) {
        if (signal.aborted) throw err;
        if (attempt === retries) {
          skipped.push(clip.file);
          break;
        }
        await sleep(1_000 * 2 ** attempt, undefined, { signal });
      }
    }
    if (!result) continue;
    uploaded.push(result);
    if (!keepLocal) await unlink(clip.file);
  }

  return { uploaded, skipped };
}
