// expect: none
// The Map deliberately holds promises; `??` picks between two promises and callers await the result, so no promise stands in for its value.
export interface ArtworkVariant {
  showSlug: string;
  size: 300 | 600 | 1400 | 3000;
  format: 'jpeg' | 'webp';
  key: string;
  bytes: number;
}

declare const originals: {
  fetch(showSlug: string): Promise<Uint8Array>;
};

declare const imaging: {
  resize(input: Uint8Array, size: number, format: ArtworkVariant['format']): Promise<Uint8Array>;
};

declare const cdn: {
  head(key: string): Promise<{ bytes: number } | null>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
};

const CONTENT_TYPES: Record<ArtworkVariant['format'], string> = { jpeg: 'image/jpeg', webp: 'image/webp' };

export class ArtworkVariants {
  private readonly inflight = new Map<string, Promise<ArtworkVariant>>();
  private readonly originalsInflight = new Map<string, Promise<Uint8Array>>();

  private keyFor(showSlug: string, size: number, format: string): string {
    return `artwork/${showSlug}/${size}.${format === 'jpeg' ? 'jpg' : format}`;
  }

  private original(showSlug: string): Promise<Uint8Array> {
    const existing = this.originalsInflight.get(showSlug);
    if (existing) return existing;
    const loading = originals.fetch(showSlug).finally(() => this.originalsInflight.delete(showSlug));
    this.originalsInflight.set(showSlug, loading);
    return loading;
  }

  private async render(showSlug: string, size: ArtworkVariant['size'], format: ArtworkVariant['format']): Promise<ArtworkVariant> {
    const key = this.keyFor(showSlug, size, format);
    const existing = await cdn.head(key);
    if (existing) return { showSlug, size, format, key, bytes: existing.bytes };
    const source = await this.original(showSlug);
    const body = await imaging.resize(source, size, format);
    await cdn.put(key, body, CONTENT_TYPES[format]);
    return { showSlug, size, format, key, bytes: body.byteLength };
  }

  variant(showSlug: string, size: ArtworkVariant['size'], format: ArtworkVariant['format'] = 'jpeg'): Promise<ArtworkVariant> {
    const key = this.keyFor(showSlug, size, format);
    const pending =
      this.inflight.get(key) ??
      this.render(showSlug, size, format).finally(() => {
        this.inflight.delete(key);
      });
    this.inflight.set(key, pending);
    return pending;
  }

  async feedArtwork(showSlug: string): Promise<{ itunesImage: string; sizes: Record<number, string> }> {
    const sizes = [300, 600, 1400, 3000] as const;
    const variants = await Promise.all(sizes.map((size) => this.variant(showSlug, size)));
    const bySize: Record<number, string> = {};
    for (const v of variants) bySize[v.size] = `https://cdn.example.fm/${v.key}`;
    return { itunesImage: bySize[3000], sizes: bySize };
  }
}
