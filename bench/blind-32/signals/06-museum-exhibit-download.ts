// expect: none
// The race between the download and the visitor's cancel uses one controller whose abort in finally cancels both the losing fetch and the once() listener.
import { once } from "node:events";

export interface ExhibitPack {
  exhibitId: string;
  language: string;
  tracks: Array<{ stop: number; url: string; bytes: number }>;
}

interface DownloadResult {
  exhibitId: string;
  bytes: number;
  tracks: number;
}

declare const guideDevice: EventTarget & {
  deviceId: string;
  freeBytes(): number;
  store(key: string, data: ArrayBuffer): Promise<void>;
};

declare const contentCdn: {
  baseUrl: string;
};

class DownloadCancelled extends Error {
  constructor(readonly exhibitId: string) {
    super(`download of exhibit ${exhibitId} cancelled by visitor`);
    this.name = "DownloadCancelled";
  }
}

async function fetchPack(exhibitId: string, language: string, signal: AbortSignal): Promise<DownloadResult> {
  const manifestRes = await fetch(`${contentCdn.baseUrl}/exhibits/${exhibitId}/${language}.json`, { signal });
  if (!manifestRes.ok) throw new Error(`manifest for ${exhibitId} returned ${manifestRes.status}`);
  const pack = (await manifestRes.json()) as ExhibitPack;

  const needed = pack.tracks.reduce((sum, t) => sum + t.bytes, 0);
  if (needed > guideDevice.freeBytes()) {
    throw new Error(`exhibit ${exhibitId} needs ${needed} bytes; device ${guideDevice.deviceId} is full`);
  }

  let bytes = 0;
  for (const track of pack.tracks) {
    const res = await fetch(track.url, { signal });
    if (!res.ok) throw new Error(`track ${track.stop} returned ${res.status}`);
    const data = await res.arrayBuffer();
    await guideDevice.store(`${exhibitId}/${language}/${track.stop}`, data);
    bytes += data.byteLength;
  }
  return { exhibitId, bytes, tracks: pack.tracks.length };
}

export async function downloadExhibit(
  exhibitId: string,
  language: string,
  outerSignal: AbortSignal,
): Promise<DownloadResult> {
  const controller = new AbortController();
  const signal = AbortSignal.any([outerSignal, controller.signal]);

  try {
    return await Promise.race([
      fetchPack(exhibitId, language, signal),
      once(guideDevice, "cancel", { signal }).then(() => {
        throw new DownloadCancelled(exhibitId);
      }),
    ]);
  } finally {
    controller.abort();
  }
}

export async function downloadTour(
  exhibitIds: string[],
  language: string,
  signal: AbortSignal,
): Promise<{ completed: DownloadResult[]; cancelled: boolean }> {
  const completed: DownloadResult[] = [];
  for (const id of exhibitIds) {
    try {
      completed.push(await downloadExhibit(id, language, signal));
    } catch (err) {
      if (err instanceof DownloadCancelled) {
        return { completed, cancelled: true };
      }
      throw err;
    }
  }
  return { completed, cancelled: false };
}
