// expect: no-leaked-race
// The deadline timer in the race is never cleared when the asset arrives first, so every successful load leaves a pending timer that later fires a rejection nobody needs.
export interface CueAsset {
  cueId: string;
  text: string;
  fontFamily: string;
  glyphs: Uint8Array | null;
}

export interface AssetStore {
  loadCue(productionId: string, cueId: string): Promise<{ text: string; fontFamily: string }>;
  loadGlyphs(fontFamily: string, text: string): Promise<Uint8Array>;
}

export class CueTimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`${what} not ready after ${ms}ms`);
    this.name = 'CueTimeoutError';
  }
}

function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new CueTimeoutError(what, ms)), ms);
    }),
  ]);
}

export class SurtitlePreloader {
  private readonly cache = new Map<string, CueAsset>();

  constructor(
    private readonly store: AssetStore,
    private readonly productionId: string,
    private readonly deadlineMs = 1500,
  ) {}

  async prepare(cueId: string): Promise<CueAsset> {
    const cached = this.cache.get(cueId);
    if (cached) return cached;

    const cue = await withDeadline(this.store.loadCue(this.productionId, cueId), this.deadlineMs, `cue ${cueId}`);
    let glyphs: Uint8Array | null = null;
    try {
      glyphs = await withDeadline(this.store.loadGlyphs(cue.fontFamily, cue.text), this.deadlineMs, `glyphs for ${cueId}`);
    } catch (err) {
      // the projector falls back to its built-in font when the custom glyphs are late
      if (!(err instanceof CueTimeoutError)) throw err;
    }

    const asset: CueAsset = { cueId, text: cue.text, fontFamily: cue.fontFamily, glyphs };
    this.cache.set(cueId, asset);
    return asset;
  }

  async prepareAct(cueIds: string[]): Promise<CueAsset[]> {
    const assets: CueAsset[] = [];
    for (const id of cueIds) assets.push(await this.prepare(id));
    return assets;
  }

  evict(cueIds: string[]): void {
    for (const id of cueIds) this.cache.delete(id);
  }
}
