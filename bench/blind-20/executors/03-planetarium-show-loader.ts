// expect: no-multiple-settle
// The executor is async and awaits fetchShowManifest before registering anything; if that fetch rejects, preloadShow's promise never settles and the error is lost.
import { EventEmitter } from 'node:events';

export interface ShowClip {
  slot: number;
  url: string;
  durationSec: number;
  domeMapping: 'fisheye' | 'equirect';
}

export interface ShowManifest {
  showId: string;
  title: string;
  narrator: string;
  clips: ShowClip[];
}

export interface PreloadResult {
  showId: string;
  slots: number[];
  totalSec: number;
  tookMs: number;
}

interface DomeProjector extends EventEmitter {
  preload(url: string, slot: number, mapping: ShowClip['domeMapping']): void;
  unload(slot: number): void;
}

declare const projector: DomeProjector;
declare function fetchShowManifest(showId: string): Promise<ShowManifest>;

export function preloadShow(showId: string, timeoutMs = 90_000): Promise<PreloadResult> {
  const started = Date.now();
  return new Promise(async (resolve, reject) => {
    const manifest = await fetchShowManifest(showId);
    const slots = manifest.clips.map((c) => c.slot);
    const totalSec = manifest.clips.reduce((sum, c) => sum + c.durationSec, 0);
    const remaining = new Set(slots);

    if (remaining.size === 0) {
      resolve({ showId, slots, totalSec, tookMs: 0 });
      return;
    }

    const onLoaded = (slot: number) => {
      remaining.delete(slot);
      if (remaining.size > 0) return;
      cleanup();
      resolve({ showId, slots, totalSec, tookMs: Date.now() - started });
    };
    const onFault = (slot: number, reason: string) => {
      if (!remaining.has(slot)) return;
      cleanup();
      for (const s of slots) projector.unload(s);
      reject(new Error(`slot ${slot} failed to load for ${manifest.title}: ${reason}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`preload of ${showId} timed out with ${remaining.size} clip(s) outstanding`));
    }, timeoutMs);

    function cleanup() {
      clearTimeout(timer);
      projector.off('clip-loaded', onLoaded);
      projector.off('clip-fault', onFault);
    }

    projector.on('clip-loaded', onLoaded);
    projector.on('clip-fault', onFault);
    for (const clip of manifest.clips) {
      projector.preload(clip.url, clip.slot, clip.domeMapping);
    }
  });
}

export class ShowScheduler {
  private ready = new Map<string, PreloadResult>();

  async prepare(showIds: string[]): Promise<void> {
    for (const id of showIds) {
      if (this.ready.has(id)) continue;
      const result = await preloadShow(id);
      this.ready.set(id, result);
    }
  }

  isReady(showId: string): boolean {
    return this.ready.has(showId);
  }

  runtime(showId: string): number | undefined {
    return this.ready.get(showId)?.totalSec;
  }
}
