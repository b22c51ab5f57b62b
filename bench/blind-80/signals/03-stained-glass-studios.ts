// expect: no-swallowed-abort
// sheetsForColour turns an AbortError into an empty list, which loadPalette then caches as "no sheets in stock" for that colour.
export interface GlassSheet {
  sku: string;
  colour: string;
  texture: 'cathedral' | 'opalescent' | 'streaky' | 'seedy';
  widthMm: number;
  heightMm: number;
  inStock: number;
}

declare const supplierApi: {
  baseUrl: string;
};

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function sheetsForColour(colour: string, signal: AbortSignal): Promise<GlassSheet[]> {
  try {
    const res = await fetch(`${supplierApi.baseUrl}/sheets?colour=${encodeURIComponent(colour)}`, { signal });
    if (!res.ok) throw new Error(`supplier answered ${res.status} for ${colour}`);
    const sheets = (await res.json()) as GlassSheet[];
    return sheets.filter((s) => s.inStock > 0);
  } catch (err) {
    if (isAbortError(err)) {
      return [];
    }
    throw err;
  }
}

export class PaletteCatalogue {
  private readonly cache = new Map<string, { sheets: GlassSheet[]; at: number }>();

  constructor(private readonly ttlMs = 30 * 60_000) {}

  async loadPalette(colours: string[], signal: AbortSignal): Promise<Map<string, GlassSheet[]>> {
    const palette = new Map<string, GlassSheet[]>();
    const missing: string[] = [];
    for (const colour of colours) {
      const hit = this.cache.get(colour);
      if (hit && Date.now() - hit.at < this.ttlMs) palette.set(colour, hit.sheets);
      else missing.push(colour);
    }

    const fetched = await Promise.all(missing.map((colour) => sheetsForColour(colour, signal)));
    missing.forEach((colour, i) => {
      this.cache.set(colour, { sheets: fetched[i], at: Date.now() });
      palette.set(colour, fetched[i]);
    });
    return palette;
  }

  cutPlan(palette: Map<string, GlassSheet[]>, pieces: Array<{ colour: string; areaCm2: number }>): string[] {
    const shortages: string[] = [];
    const needByColour = new Map<string, number>();
    for (const piece of pieces) {
      needByColour.set(piece.colour, (needByColour.get(piece.colour) ?? 0) + piece.areaCm2 * 1.3); // 30% breakage
    }
    for (const [colour, needCm2] of needByColour) {
      const haveCm2 = (palette.get(colour) ?? []).reduce(
        (sum, s) => sum + ((s.widthMm * s.heightMm) / 100) * s.inStock,
        0,
      );
      if (haveCm2 < needCm2) shortages.push(`${colour}: need ${Math.ceil(needCm2)}cm², have ${Math.floor(haveCm2)}cm²`);
    }
    return shortages;
  }
}
