// expect: no-unobserved-promise
// The manifest request is started first but only awaited after the track reservation and signal clearance, so if the manifest service fails during those awaits the rejection has no handler yet and Node treats it as unhandled, crashing the yard controller.
export interface Wagon {
  number: string;
  kind: 'box' | 'tank' | 'flat' | 'hopper';
  grossTonnes: number;
  hazmatClass?: string;
}

export interface Manifest {
  trainId: string;
  wagons: Wagon[];
  destination: string;
}

export interface ManifestService {
  fetch(trainId: string): Promise<Manifest>;
}

export interface YardTracks {
  reserve(trackId: string, trainId: string): Promise<void>;
  release(trackId: string, trainId: string): Promise<void>;
}

export interface SignalBox {
  clearRoute(fromTrack: string, exit: string): Promise<string>;
}

export interface DepartureSheet {
  trainId: string;
  track: string;
  routeToken: string;
  totalTonnes: number;
  hazmat: string[];
}

export class DepartureCoordinator {
  constructor(
    private readonly manifests: ManifestService,
    private readonly tracks: YardTracks,
    private readonly signals: SignalBox,
    private readonly maxTonnes = 2_400,
  ) {}

  async prepareDeparture(trainId: string, track: string, exit: string): Promise<DepartureSheet> {
    const manifestRequest = this.manifests.fetch(trainId);

    await this.tracks.reserve(track, trainId);
    let routeToken: string;
    try {
      routeToken = await this.signals.clearRoute(track, exit);
    } catch (err) {
      await this.tracks.release(track, trainId);
      throw err;
    }

    const manifest = await manifestRequest;
    const totalTonnes = manifest.wagons.reduce((t, w) => t + w.grossTonnes, 0);
    if (totalTonnes > this.maxTonnes) {
      await this.tracks.release(track, trainId);
      throw new Error(`${trainId} weighs ${totalTonnes} t, over the ${this.maxTonnes} t limit for ${exit}`);
    }

    return {
      trainId,
      track,
      routeToken,
      totalTonnes,
      hazmat: manifest.wagons.filter((w) => w.hazmatClass).map((w) => `${w.number}:${w.hazmatClass}`),
    };
  }
}
