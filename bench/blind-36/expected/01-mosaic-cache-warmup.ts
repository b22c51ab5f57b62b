// expect: no-uncalled-async-function
// prepare() passes this.warmPaletteCache (the method itself) into Promise.all next to a called warmGroutCache(), so the palette cache is never loaded.
export interface TileColour {
  code: string;
  name: string;
  glaze: 'gloss' | 'matte' | 'crackle';
  rgb: [number, number, number];
  stockBoxes: number;
}

export interface GroutShade {
  code: string;
  rgb: [number, number, number];
}

export interface MosaicPanel {
  stationName: string;
  widthTiles: number;
  heightTiles: number;
  cells: string[][];
}

declare const tileSupplier: {
  listColours(series: string): Promise<TileColour[]>;
  listGrout(): Promise<GroutShade[]>;
};

function distance(a: [number, number, number], b: [number, number, number]): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

export class MosaicRenderer {
  private palette = new Map<string, TileColour>();
  private grout: GroutShade[] = [];
  private prepared = false;

  constructor(private readonly series: string) {}

  async warmPaletteCache(): Promise<void> {
    const colours = await tileSupplier.listColours(this.series);
    this.palette = new Map(colours.map((c) => [c.code, c]));
  }

  async warmGroutCache(): Promise<void> {
    this.grout = await tileSupplier.listGrout();
  }

  async prepare(): Promise<void> {
    if (this.prepared) return;
    await Promise.all([this.warmPaletteCache, this.warmGroutCache()]);
    this.prepared = true;
  }

  nearestTile(rgb: [number, number, number]): TileColour | undefined {
    let best: TileColour | undefined;
    let bestDistance = Infinity;
    for (const colour of this.palette.values()) {
      if (colour.stockBoxes === 0) continue;
      const d = distance(colour.rgb, rgb);
      if (d < bestDistance) {
        best = colour;
        bestDistance = d;
      }
    }
    return best;
  }

  bestGrout(panel: MosaicPanel): GroutShade | undefined {
    const used = panel.cells.flat().map((code) => this.palette.get(code)).filter(Boolean) as TileColour[];
    if (used.length === 0 || this.grout.length === 0) return this.grout[0];
    const mean: [number, number, number] = [0, 1, 2].map(
      (i) => used.reduce((sum, tile) => sum + tile.rgb[i], 0) / used.length,
    ) as [number, number, number];
    return this.grout.reduce((best, shade) =>
      distance(shade.rgb, mean) < distance(best.rgb, mean) ? shade : best,
    );
  }

  async render(
    stationName: string,
    pixels: Array<Array<[number, number, number]>>,
  ): Promise<{ panel: MosaicPanel; grout?: GroutShade; missing: number }> {
    await this.prepare();
    let missing = 0;
    const cells = pixels.map((row) =>
      row.map((rgb) => {
        const tile = this.nearestTile(rgb);
        if (!tile) missing++;
        return tile?.code ?? 'BLANK';
      }),
    );
    const panel: MosaicPanel = {
      stationName,
      widthTiles: pixels[0]?.length ?? 0,
      heightTiles: pixels.length,
      cells,
    };
    return { panel, grout: this.bestGrout(panel), missing };
  }
}
