// expect: no-swallowed-abort
// loadFace() catches every fetch failure, including the AbortError raised when the preview is cancelled, and returns the bundled fallback face, so a cancelled load looks like a successful one.
export interface FaceKey {
  family: string;
  weight: number;
  italic: boolean;
}

export interface LoadedFace {
  key: FaceKey;
  bytes: Uint8Array;
  source: 'cdn' | 'bundled';
}

export class FaceLoader {
  private readonly bundled = new Map<string, Uint8Array>();
  private misses = 0;

  constructor(
    private readonly cdnBase: string,
    private readonly log: (msg: string) => void = console.warn,
  ) {}

  registerBundled(key: FaceKey, bytes: Uint8Array): void {
    this.bundled.set(this.id(key), bytes);
  }

  get cdnMisses(): number {
    return this.misses;
  }

  async loadFace(key: FaceKey, signal?: AbortSignal): Promise<LoadedFace> {
    const url = new URL(`/faces/${encodeURIComponent(key.family)}/${key.weight}${key.italic ? 'i' : ''}.woff2`, this.cdnBase);
    try {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`CDN answered ${res.status}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (bytes.length < 4 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'wOF2') {
        throw new Error('response is not a WOFF2 file');
      }
      return { key, bytes, source: 'cdn' };
    } catch (err) {
      this.misses++;
      this.log(`${this.id(key)}: ${err instanceof Error ? err.message : String(err)}; using bundled face`);
      return this.fallbackFace(key);
    }
  }

  async loadSpecimen(family: string, weights: number[], signal?: AbortSignal): Promise<LoadedFace[]> {
    const faces: LoadedFace[] = [];
    for (const weight of weights) {
      faces.push(await this.loadFace({ family, weight, italic: false }, signal));
      faces.push(await this.loadFace({ family, weight, italic: true }, signal));
    }
    return faces;
  }

  private fallbackFace(key: FaceKey): LoadedFace {
    const exact = this.bundled.get(this.id(key));
    if (exact) return { key, bytes: exact, source: 'bundled' };
    const upright = this.bundled.get(this.id({ ...key, italic: false }));
    if (upright) return { key, bytes: upright, source: 'bundled' };
    throw new Error(`no bundled fallback for ${this.id(key)}`);
  }

  private id(key: FaceKey): string {
    return `${key.family}:${key.weight}${key.italic ? 'i' : ''}`;
  }
}
