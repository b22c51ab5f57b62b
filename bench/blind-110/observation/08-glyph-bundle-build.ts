// expect: no-unobserved-promise
// The kerning load is started before the glyph load is awaited and only awaited afterwards, so if it rejects while glyphs are loading, or the glyph load throws first, its rejection is unhandled.
export interface Glyph {
  codepoint: number;
  name: string;
  advance: number;
  outline: string;
}

export interface KerningPair {
  left: number;
  right: number;
  value: number;
}

export interface FoundryStore {
  loadGlyphs(family: string, style: string): Promise<Glyph[]>;
  loadKerning(family: string, style: string): Promise<KerningPair[]>;
}

export interface FontBundle {
  family: string;
  style: string;
  glyphs: Glyph[];
  kerning: KerningPair[];
  coverage: string[];
}

const LATIN_CORE = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

export class BundleBuilder {
  constructor(private readonly store: FoundryStore, private readonly subset: number[] = LATIN_CORE) {}

  async build(family: string, style: string): Promise<FontBundle> {
    const kerningLoad = this.store.loadKerning(family, style);
    const allGlyphs = await this.store.loadGlyphs(family, style);

    const wanted = new Set(this.subset);
    const glyphs = allGlyphs.filter((g) => wanted.has(g.codepoint));
    const missing = this.subset.filter((cp) => !glyphs.some((g) => g.codepoint === cp));
    if (missing.length > 0) {
      throw new Error(`${family} ${style} lacks ${missing.length} subset glyphs, e.g. U+${missing[0].toString(16).padStart(4, '0')}`);
    }

    const kerning = (await kerningLoad).filter((p) => wanted.has(p.left) && wanted.has(p.right) && p.value !== 0);
    return { family, style, glyphs, kerning, coverage: this.describeCoverage(glyphs) };
  }

  async buildFamily(family: string, styles: string[]): Promise<FontBundle[]> {
    const bundles: FontBundle[] = [];
    for (const style of styles) bundles.push(await this.build(family, style));
    return bundles;
  }

  private describeCoverage(glyphs: Glyph[]): string[] {
    const blocks = new Set<string>();
    for (const g of glyphs) {
      if (g.codepoint >= 0x30 && g.codepoint <= 0x39) blocks.add('figures');
      else if (g.codepoint >= 0x41 && g.codepoint <= 0x5a) blocks.add('uppercase');
      else if (g.codepoint >= 0x61 && g.codepoint <= 0x7a) blocks.add('lowercase');
      else blocks.add('punctuation');
    }
    return [...blocks].sort();
  }
}
