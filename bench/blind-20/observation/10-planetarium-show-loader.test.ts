// expect: none
// Every promise is awaited or returned: map(async) goes through Promise.all and each rejects/resolves assertion is awaited or returned.
import { setTimeout as delay } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
  resolves: { toBe(expected: unknown): Promise<void> };
};

interface ShowManifest {
  id: string;
  title: string;
  domeFrames: number;
  audioTracks: string[];
}

type AssetSource = (showId: string) => Promise<ShowManifest>;

class ShowLoader {
  private cache = new Map<string, ShowManifest>();

  constructor(
    private readonly source: AssetSource,
    private readonly maxFrames = 200_000,
  ) {}

  async load(showId: string): Promise<ShowManifest> {
    const cached = this.cache.get(showId);
    if (cached) return cached;
    const manifest = await this.source(showId);
    if (manifest.domeFrames > this.maxFrames) {
      throw new Error(`${manifest.title} exceeds dome frame budget`);
    }
    this.cache.set(showId, manifest);
    return manifest;
  }

  async preload(showIds: string[]): Promise<number> {
    await Promise.all(
      showIds.map(async (id) => {
        const m = await this.load(id);
        if (m.audioTracks.length === 0) throw new Error(`${m.title} has no soundtrack`);
      }),
    );
    return this.cache.size;
  }
}

const catalogue: Record<string, ShowManifest> = {
  aurora: { id: 'aurora', title: 'Aurora Nights', domeFrames: 86_400, audioTracks: ['narration', 'score'] },
  pulsar: { id: 'pulsar', title: 'Pulsar', domeFrames: 120_000, audioTracks: ['score'] },
  silent: { id: 'silent', title: 'Silent Sky', domeFrames: 40_000, audioTracks: [] },
  epic: { id: 'epic', title: 'Deep Field', domeFrames: 450_000, audioTracks: ['score'] },
};

function fakeSource(calls: string[]): AssetSource {
  return async (id) => {
    calls.push(id);
    await delay(2);
    const m = catalogue[id];
    if (!m) throw new Error(`no such show ${id}`);
    return m;
  };
}

describe('ShowLoader', () => {
  it('caches manifests after the first load', async () => {
    const calls: string[] = [];
    const loader = new ShowLoader(fakeSource(calls));
    await loader.load('aurora');
    await loader.load('aurora');
    expect(calls).toEqual(['aurora']);
  });

  it('preloads several shows concurrently', async () => {
    const loader = new ShowLoader(fakeSource([]));
    await expect(loader.preload(['aurora', 'pulsar'])).resolves.toBe(2);
  });

  it('rejects shows over the frame budget', () => {
    const loader = new ShowLoader(fakeSource([]));
    return expect(loader.load('epic')).rejects.toThrow(/frame budget/);
  });

  it('fails preload when a show has no soundtrack', async () => {
    const loader = new ShowLoader(fakeSource([]));
    await expect(loader.preload(['aurora', 'silent'])).rejects.toThrow(/no soundtrack/);
  });
});
