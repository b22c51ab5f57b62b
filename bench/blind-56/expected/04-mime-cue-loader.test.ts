// expect: none
// The retry helper calls its factory on every attempt, and the cue cache deliberately shares one in-flight load per show (evicted on failure).
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

interface LightingCue {
  cueId: string;
  fixture: 'spot' | 'wash' | 'gobo';
  intensity: number;
  fadeMs: number;
}

type CueSource = (showId: string) => Promise<LightingCue[]>;

async function retry<T>(attempt: () => Promise<T>, tries: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

class CueSheetCache {
  private readonly inflight = new Map<string, Promise<LightingCue[]>>();

  constructor(
    private readonly source: CueSource,
    private readonly tries = 3,
  ) {}

  load(showId: string): Promise<LightingCue[]> {
    const existing = this.inflight.get(showId);
    if (existing) return existing;
    const loading = retry(() => this.source(showId), this.tries).catch((err: unknown) => {
      this.inflight.delete(showId);
      throw err;
    });
    this.inflight.set(showId, loading);
    return loading;
  }
}

const whiteFace: LightingCue = { cueId: 'q1', fixture: 'spot', intensity: 0.8, fadeMs: 1200 };
const invisibleWall: LightingCue = { cueId: 'q2', fixture: 'gobo', intensity: 0.4, fadeMs: 300 };

describe('CueSheetCache', () => {
  let calls: number;
  let failuresBeforeSuccess: number;
  let source: CueSource;

  beforeEach(() => {
    calls = 0;
    failuresBeforeSuccess = 0;
    source = async (showId) => {
      calls += 1;
      if (calls <= failuresBeforeSuccess) throw new Error(`dimmer rack offline (${showId})`);
      return [whiteFace, invisibleWall];
    };
  });

  it('retries by calling the source again', async () => {
    failuresBeforeSuccess = 2;
    const cache = new CueSheetCache(source, 3);
    expect(await cache.load('silent-opera')).toEqual([whiteFace, invisibleWall]);
    expect(calls).toBe(3);
  });

  it('shares one load between concurrent callers of the same show', async () => {
    const cache = new CueSheetCache(source);
    const [a, b] = await Promise.all([cache.load('box-routine'), cache.load('box-routine')]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
  });

  it('evicts a failed load so the next call starts fresh', async () => {
    failuresBeforeSuccess = 2;
    const cache = new CueSheetCache(source, 2);
    await expect(cache.load('rope-pull')).rejects.toThrow(/dimmer rack offline/);
    expect(calls).toBe(2);
    expect(await cache.load('rope-pull')).toEqual([whiteFace, invisibleWall]);
    expect(calls).toBe(3);
  });

  it('returns cached cues without reloading', async () => {
    const cache = new CueSheetCache(source);
    await cache.load('walking-against-wind');
    await cache.load('walking-against-wind');
    expect(calls).toBe(1);
  });
});

export {};
