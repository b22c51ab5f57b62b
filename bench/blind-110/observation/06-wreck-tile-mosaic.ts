// expect: none
// Every rejected allSettled entry is collected with its tile and reason, reported as missing, and turned into an AggregateError when too many tiles fail.
export interface TileRef {
  surveyId: string;
  row: number;
  col: number;
  url: string;
}

export interface SonarTile {
  ref: TileRef;
  pixels: Uint8Array;
  widthPx: number;
}

export interface TileFailure {
  ref: TileRef;
  reason: unknown;
}

export interface Mosaic {
  surveyId: string;
  tiles: SonarTile[];
  missing: TileFailure[];
}

export class WreckMosaicBuilder {
  constructor(private readonly maxMissingRatio = 0.1, private readonly log: (msg: string) => void = console.warn) {}

  private async fetchTile(ref: TileRef): Promise<SonarTile> {
    const res = await fetch(ref.url, { headers: { accept: 'application/octet-stream' } });
    if (!res.ok) throw new Error(`tile ${ref.row}/${ref.col} returned HTTP ${res.status}`);
    const width = Number(res.headers.get('x-tile-width') ?? '256');
    const pixels = new Uint8Array(await res.arrayBuffer());
    if (pixels.length !== width * width) throw new Error(`tile ${ref.row}/${ref.col} is truncated`);
    return { ref, pixels, widthPx: width };
  }

  async build(surveyId: string, refs: TileRef[]): Promise<Mosaic> {
    const results = await Promise.allSettled(refs.map((ref) => this.fetchTile(ref)));
    const tiles: SonarTile[] = [];
    const missing: TileFailure[] = [];

    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        tiles.push(result.value);
      } else {
        missing.push({ ref: refs[i], reason: result.reason });
        this.log(`survey ${surveyId}: tile ${refs[i].row}/${refs[i].col} failed: ${String(result.reason)}`);
      }
    });

    if (missing.length > refs.length * this.maxMissingRatio) {
      throw new AggregateError(
        missing.map((m) => m.reason),
        `${missing.length} of ${refs.length} side-scan tiles failed for survey ${surveyId}`,
      );
    }
    return { surveyId, tiles, missing };
  }
}

export function coverage(m: Mosaic): number {
  const total = m.tiles.length + m.missing.length;
  return total === 0 ? 0 : m.tiles.length / total;
}
