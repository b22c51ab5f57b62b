// expect: require-signal-propagation
// buildHighlightReel passes options.signal to the clip-list and render calls but not to the per-clip fetch, so cancelling keeps downloading clips.
export interface ClipMeta {
  clipId: string;
  camId: string;
  startedAt: number;
  durationSec: number;
  motionScore: number;
  url: string;
}

export interface ReelOptions {
  signal?: AbortSignal;
  maxClips?: number;
  minMotion?: number;
}

export interface Reel {
  reelId: string;
  clipIds: string[];
  totalSec: number;
}

declare const API_BASE: string;
declare const renderer: {
  stitch(clips: Array<{ clipId: string; bytes: ArrayBuffer }>, opts: { signal?: AbortSignal }): Promise<string>;
};

async function listClips(camIds: string[], since: number, signal?: AbortSignal): Promise<ClipMeta[]> {
  const params = new URLSearchParams({ cams: camIds.join(','), since: String(since) });
  const res = await fetch(`${API_BASE}/clips?${params}`, { signal });
  if (!res.ok) throw new Error(`clip list failed: HTTP ${res.status}`);
  return (await res.json()) as ClipMeta[];
}

function pickHighlights(clips: ClipMeta[], maxClips: number, minMotion: number): ClipMeta[] {
  const perCam = new Map<string, number>();
  return clips
    .filter((c) => c.motionScore >= minMotion)
    .sort((a, b) => b.motionScore - a.motionScore)
    .filter((c) => {
      // Keep the reel varied: at most three clips from any one burrow camera.
      const n = perCam.get(c.camId) ?? 0;
      perCam.set(c.camId, n + 1);
      return n < 3;
    })
    .slice(0, maxClips)
    .sort((a, b) => a.startedAt - b.startedAt);
}

export async function buildHighlightReel(
  camIds: string[],
  since: number,
  options: ReelOptions = {},
): Promise<Reel> {
  const { signal, maxClips = 12, minMotion = 0.35 } = options;

  const clips = await listClips(camIds, since, signal);
  const chosen = pickHighlights(clips, maxClips, minMotion);
  if (chosen.length === 0) {
    return { reelId: '', clipIds: [], totalSec: 0 };
  }

  const downloaded: Array<{ clipId: string; bytes: ArrayBuffer }> = [];
  for (const clip of chosen) {
    signal?.throwIfAborted();
    const res = await fetch(clip.url, { headers: { accept: 'video/mp4' } });
    if (!res.ok) throw new Error(`clip ${clip.clipId} download failed: HTTP ${res.status}`);
    downloaded.push({ clipId: clip.clipId, bytes: await res.arrayBuffer() });
  }

  const reelId = await renderer.stitch(downloaded, { signal });
  return {
    reelId,
    clipIds: chosen.map((c) => c.clipId),
    totalSec: chosen.reduce((s, c) => s + c.durationSec, 0),
  };
}

export function reelCaption(reel: Reel, exhibit: string): string {
  const minutes = Math.floor(reel.totalSec / 60);
  const seconds = Math.round(reel.totalSec % 60);
  return `${exhibit} highlights: ${reel.clipIds.length} clips, ${minutes}m${seconds.toString().padStart(2, '0')}s`;
}
