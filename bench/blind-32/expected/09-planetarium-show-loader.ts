// expect: none
// Function references here are only handed to things that call them (map, withRetry, the loader table), and every Promise.all entry is an actual call.
export interface Scene {
  sceneId: string;
  durationSec: number;
  domeAssetUrl: string;
}

export interface Show {
  showId: string;
  title: string;
  sceneIds: string[];
  narrationTrack: string;
  starfieldEpoch: string;
}

interface LoadedShow {
  show: Show;
  scenes: Scene[];
  narration: ArrayBuffer;
  starfield: ArrayBuffer;
}

declare const showCatalog: {
  show(showId: string): Promise<Show>;
  scene(sceneId: string): Promise<Scene>;
};

declare const mediaServer: {
  audio(track: string): Promise<ArrayBuffer>;
  starCatalog(epoch: string): Promise<ArrayBuffer>;
};

declare const domeProjector: {
  preload(url: string): Promise<void>;
};

async function withRetry<T>(task: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 200 * (i + 1)));
    }
  }
  throw lastError;
}

function loadScene(sceneId: string): Promise<Scene> {
  return withRetry(() => showCatalog.scene(sceneId));
}

export class ShowLoader {
  private readonly loaded = new Map<string, LoadedShow>();

  async load(showId: string): Promise<LoadedShow> {
    const cached = this.loaded.get(showId);
    if (cached) return cached;

    const show = await withRetry(() => showCatalog.show(showId));
    const [scenes, narration, starfield] = await Promise.all([
      Promise.all(show.sceneIds.map(loadScene)),
      withRetry(() => mediaServer.audio(show.narrationTrack)),
      mediaServer.starCatalog(show.starfieldEpoch),
    ]);

    await Promise.all(scenes.map((scene) => domeProjector.preload(scene.domeAssetUrl)));

    const entry: LoadedShow = { show, scenes, narration, starfield };
    this.loaded.set(showId, entry);
    return entry;
  }

  async loadEvening(showIds: string[]): Promise<number> {
    const shows = await Promise.all(showIds.map((id) => this.load(id)));
    return shows.reduce((total, s) => total + s.scenes.reduce((sum, sc) => sum + sc.durationSec, 0), 0);
  }

  evict(showId: string): boolean {
    return this.loaded.delete(showId);
  }
}

export function runtimeLabel(totalSec: number): string {
  const h = Math.floor(totalSec / 3600);
  const m = Math.round((totalSec % 3600) / 60);
  return h > 0 ? `${h}h ${m}m` : `${m} min`;
}
