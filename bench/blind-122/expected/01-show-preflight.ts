// expect: no-uncalled-async-function
// this.primeAudioDeck is placed in the Promise.all array without being called, so the audio deck is never primed and Promise.all just passes the function through.
export interface ShowManifest {
  showId: string;
  title: string;
  domeMode: 'fulldome' | 'planar';
  epoch: string;
  latitude: number;
  soundtrack: string;
}

export interface StarfieldEngine {
  setObserver(latitude: number, epoch: string): Promise<void>;
  preloadAssets(showId: string): Promise<number>;
}

export interface DomeProjectors {
  setMode(mode: 'fulldome' | 'planar'): Promise<void>;
  blendCheck(): Promise<{ worstSeamPx: number }>;
}

export interface AudioDeck {
  load(track: string): Promise<void>;
  setLevel(db: number): Promise<void>;
}

export class ShowPreflight {
  private manifest: ShowManifest | null = null;

  constructor(
    private readonly starfield: StarfieldEngine,
    private readonly projectors: DomeProjectors,
    private readonly audio: AudioDeck,
  ) {}

  private async calibrateDome(mode: 'fulldome' | 'planar'): Promise<void> {
    await this.projectors.setMode(mode);
    const { worstSeamPx } = await this.projectors.blendCheck();
    if (worstSeamPx > 3) {
      throw new Error(`edge blend seam of ${worstSeamPx}px exceeds tolerance`);
    }
  }

  private async loadStarfield(showId: string, latitude: number, epoch: string): Promise<void> {
    await this.starfield.setObserver(latitude, epoch);
    await this.starfield.preloadAssets(showId);
  }

  private async primeAudioDeck(): Promise<void> {
    if (!this.manifest) throw new Error('no manifest loaded');
    await this.audio.load(this.manifest.soundtrack);
    await this.audio.setLevel(-18);
  }

  async run(manifest: ShowManifest): Promise<void> {
    this.manifest = manifest;
    await Promise.all([
      this.calibrateDome(manifest.domeMode),
      this.loadStarfield(manifest.showId, manifest.latitude, manifest.epoch),
      this.primeAudioDeck,
    ]);
  }

  get loadedShow(): string | null {
    return this.manifest?.showId ?? null;
  }
}
