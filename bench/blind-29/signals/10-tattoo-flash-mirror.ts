// expect: none
// Correct: Promise.any over the CDN mirrors shares one controller linked to the caller's signal and aborts it in finally, and a caller abort is rethrown rather than reported as "all mirrors failed".
import { createHash } from 'node:crypto';

export interface FlashSheet {
  designId: string;
  artist: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface FetchFlashOptions {
  signal?: AbortSignal;
  expectedSha256?: string;
}

type MirrorFetcher = (designId: string, signal: AbortSignal) => Promise<Uint8Array>;

function httpMirror(base: string): MirrorFetcher {
  return async (designId, signal) => {
    const res = await fetch(`${base}/flash/${encodeURIComponent(designId)}.png`, { signal });
    if (!res.ok) throw new Error(`${base}: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
}

export class FlashLibrary {
  private readonly mirrors: MirrorFetcher[];
  private readonly memo = new Map<string, FlashSheet>();

  constructor(mirrorBases: string[], private readonly artistOf: (designId: string) => string) {
    this.mirrors = mirrorBases.map(httpMirror);
  }

  async get(designId: string, options: FetchFlashOptions = {}): Promise<FlashSheet> {
    const cached = this.memo.get(designId);
    if (cached) return cached;

    const losers = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, losers.signal]) : losers.signal;

    let bytes: Uint8Array;
    try {
      bytes = await Promise.any(this.mirrors.map((mirror) => mirror(designId, signal)));
    } catch (err) {
      options.signal?.throwIfAborted();
      const reasons = err instanceof AggregateError ? err.errors.map(String).join('; ') : String(err);
      throw new Error(`flash ${designId} unavailable from every mirror: ${reasons}`, { cause: err });
    } finally {
      losers.abort();
    }

    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (options.expectedSha256 && options.expectedSha256 !== sha256) {
      throw new Error(`flash ${designId} checksum mismatch`);
    }

    const sheet: FlashSheet = { designId, artist: this.artistOf(designId), bytes, sha256 };
    this.memo.set(designId, sheet);
    return sheet;
  }

  async preloadWall(designIds: string[], signal: AbortSignal): Promise<FlashSheet[]> {
    const sheets: FlashSheet[] = [];
    for (const id of designIds) {
      sheets.push(await this.get(id, { signal }));
    }
    return sheets;
  }

  evictArtist(artist: string): number {
    let removed = 0;
    for (const [id, sheet] of this.memo) {
      if (sheet.artist === artist) {
        this.memo.delete(id);
        removed++;
      }
    }
    return removed;
  }
}
