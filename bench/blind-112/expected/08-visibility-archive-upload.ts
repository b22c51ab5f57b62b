// expect: no-reused-settled-promise
// The retry loop awaits the same upload promise created before the loop, so after a transient failure every retry just re-reads the same rejection instead of calling archive.put again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Visibility {
  baseline: [string, string];
  channel: number;
  real: number;
  imag: number;
}

export interface ScanProduct {
  scanId: string;
  sourceName: string;
  bandGhz: number;
  visibilities: Visibility[];
}

export interface ObjectArchive {
  put(key: string, body: Uint8Array, meta: Record<string, string>): Promise<{ etag: string }>;
}

export class ArchiveError extends Error {
  constructor(
    message: string,
    readonly transient: boolean,
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

function encode(product: ScanProduct): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(product));
}

export class VisibilityUploader {
  constructor(
    private readonly archive: ObjectArchive,
    private readonly maxAttempts = 4,
    private readonly baseDelayMs = 1500,
  ) {}

  async upload(product: ScanProduct): Promise<string> {
    const key = `scans/${product.bandGhz.toFixed(1)}GHz/${product.scanId}.json`;
    const body = encode(product);
    const meta = { source: product.sourceName, count: String(product.visibilities.length) };

    const request = this.archive.put(key, body, meta);
    for (let attempt = 1; ; attempt++) {
      try {
        const { etag } = await request;
        return etag;
      } catch (err) {
        const transient = err instanceof ArchiveError && err.transient;
        if (!transient || attempt >= this.maxAttempts) throw err;
        await sleep(this.baseDelayMs * attempt);
      }
    }
  }

  async uploadSession(products: ScanProduct[]): Promise<Map<string, string>> {
    const etags = new Map<string, string>();
    for (const p of products) {
      etags.set(p.scanId, await this.upload(p));
    }
    return etags;
  }
}
