// expect: none
// Method references go only where callbacks are expected (emitter listeners, a map callback), and getTally returns the awaited cache or the called computeTally.
import { EventEmitter } from 'node:events';

export interface ManifestLine {
  hold: number;
  commodity: 'grain' | 'coal' | 'gravel' | 'timber';
  tonnes: number;
}

export interface Manifest {
  bargeId: string;
  voyage: string;
  lines: ManifestLine[];
}

export interface Tally {
  bargeId: string;
  voyage: string;
  byCommodity: Record<string, number>;
  totalTonnes: number;
}

declare const manifests: {
  load(voyage: string): Promise<Manifest>;
};

declare const wharfScale: EventEmitter;

export class CargoTallyBook {
  private readonly cache = new Map<string, Tally>();
  private readonly weighed = new Map<string, number>();

  constructor(private readonly scale: EventEmitter = wharfScale) {
    this.onWeighed = this.onWeighed.bind(this);
    this.onScaleReset = this.onScaleReset.bind(this);
    this.scale.on('weighed', this.onWeighed);
    this.scale.on('reset', this.onScaleReset);
  }

  detach(): void {
    this.scale.off('weighed', this.onWeighed);
    this.scale.off('reset', this.onScaleReset);
  }

  private onWeighed(event: { voyage: string; tonnes: number }): void {
    this.weighed.set(event.voyage, (this.weighed.get(event.voyage) ?? 0) + event.tonnes);
  }

  private onScaleReset(): void {
    this.weighed.clear();
  }

  private computeTally = async (voyage: string): Promise<Tally> => {
    const manifest = await manifests.load(voyage);
    const byCommodity: Record<string, number> = {};
    let totalTonnes = 0;
    for (const line of manifest.lines) {
      byCommodity[line.commodity] = (byCommodity[line.commodity] ?? 0) + line.tonnes;
      totalTonnes += line.tonnes;
    }
    const tally = { bargeId: manifest.bargeId, voyage, byCommodity, totalTonnes };
    this.cache.set(voyage, tally);
    return tally;
  };

  async getTally(voyage: string): Promise<Tally> {
    const cached = this.cache.get(voyage);
    if (cached) return cached;
    return this.computeTally(voyage);
  }

  async tallyVoyages(voyages: string[]): Promise<Tally[]> {
    return Promise.all(voyages.map(this.computeTally));
  }

  async discrepancy(voyage: string): Promise<number> {
    const tally = await this.getTally(voyage);
    const weighed = this.weighed.get(voyage) ?? 0;
    // Manifest tonnes are declared by the shipper; the wharf scale is authoritative.
    return Math.round((weighed - tally.totalTonnes) * 10) / 10;
  }
}
