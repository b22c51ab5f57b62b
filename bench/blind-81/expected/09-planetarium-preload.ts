// expect: none
// Loader functions are kept in a table and each one is invoked before its promise is awaited; methods return their calls' promises, never the methods themselves.
export interface ShowSpec {
  showId: string;
  title: string;
  domeProfile: 'fulldome-8k' | 'fulldome-4k';
  narrationLang: string;
  constellations: string[];
  startsAt: Date;
}

interface AssetBundle {
  starfield: ArrayBuffer;
  narration: ArrayBuffer;
  overlays: Map<string, ArrayBuffer>;
}

type Loader = (show: ShowSpec) => Promise<void>;

declare const assetCdn: {
  fetchStarfield(profile: ShowSpec['domeProfile']): Promise<ArrayBuffer>;
  fetchNarration(showId: string, lang: string): Promise<ArrayBuffer>;
  fetchOverlay(constellation: string): Promise<ArrayBuffer>;
};
declare const projector: {
  upload(slot: 'stars' | 'audio' | `overlay:${string}`, data: ArrayBuffer): Promise<void>;
  calibrate(profile: ShowSpec['domeProfile']): Promise<{ driftArcsec: number }>;
  lamp(on: boolean): Promise<void>;
};

const MAX_DRIFT_ARCSEC = 20;

export class ShowPreloader {
  private readonly bundles = new Map<string, AssetBundle>();
  private readonly steps: Array<[name: string, loader: Loader]>;

  constructor() {
    this.steps = [
      ['lamp', () => projector.lamp(true)],
      ['calibrate', (show) => this.calibrate(show)],
      ['assets', (show) => this.loadAssets(show)],
      ['upload', (show) => this.uploadAssets(show)],
    ];
  }

  private async calibrate(show: ShowSpec): Promise<void> {
    const { driftArcsec } = await projector.calibrate(show.domeProfile);
    if (driftArcsec > MAX_DRIFT_ARCSEC) {
      throw new Error(`projector drift ${driftArcsec}" exceeds ${MAX_DRIFT_ARCSEC}" for ${show.title}`);
    }
  }

  private async loadAssets(show: ShowSpec): Promise<void> {
    const [starfield, narration, overlayData] = await Promise.all([
      assetCdn.fetchStarfield(show.domeProfile),
      assetCdn.fetchNarration(show.showId, show.narrationLang),
      Promise.all(show.constellations.map((name) => assetCdn.fetchOverlay(name))),
    ]);
    const overlays = new Map(show.constellations.map((name, index) => [name, overlayData[index]]));
    this.bundles.set(show.showId, { starfield, narration, overlays });
  }

  private async uploadAssets(show: ShowSpec): Promise<void> {
    const bundle = this.bundles.get(show.showId);
    if (!bundle) throw new Error(`assets for ${show.showId} were not loaded`);
    await Promise.all([
      projector.upload('stars', bundle.starfield),
      projector.upload('audio', bundle.narration),
      ...[...bundle.overlays].map(([name, data]) => projector.upload(`overlay:${name}`, data)),
    ]);
  }

  async prepare(show: ShowSpec, onStep?: (name: string, ms: number) => void): Promise<void> {
    for (const [name, loader] of this.steps) {
      const started = Date.now();
      await loader(show);
      onStep?.(name, Date.now() - started);
    }
  }

  prepareNext(shows: readonly ShowSpec[], now: Date): Promise<void> {
    const next = shows
      .filter((show) => show.startsAt > now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    if (!next) return Promise.resolve();
    return this.prepare(next);
  }
}
