// expect: no-multiple-settle
// The legacy callback adapter rejects on error but falls through to decode and resolve, so a failed lookup runs decode on undefined inside the callback.
import { gunzipSync } from 'node:zlib';

export interface CrochetPattern {
  sku: string;
  title: string;
  hookSizeMm: number;
  yarnWeight: 'lace' | 'fingering' | 'dk' | 'worsted' | 'bulky';
  rounds: string[];
  priceCents: number;
}

interface StoredBlob {
  encoding: 'gzip' | 'plain';
  body: Buffer;
  updatedAt: number;
}

declare const legacyPatternStore: {
  fetch(sku: string, cb: (err: Error | null, blob?: StoredBlob) => void): void;
  touch(sku: string, cb: (err: Error | null) => void): void;
};

declare const storefrontLog: {
  debug(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
};

function decodePattern(blob: StoredBlob): CrochetPattern {
  const raw = blob.encoding === 'gzip' ? gunzipSync(blob.body) : blob.body;
  const parsed = JSON.parse(raw.toString('utf8')) as Partial<CrochetPattern>;
  if (!parsed.sku || !parsed.title || !Array.isArray(parsed.rounds)) {
    throw new Error('pattern blob is missing required fields');
  }
  return {
    sku: parsed.sku,
    title: parsed.title,
    hookSizeMm: parsed.hookSizeMm ?? 4,
    yarnWeight: parsed.yarnWeight ?? 'worsted',
    rounds: parsed.rounds,
    priceCents: parsed.priceCents ?? 0,
  };
}

function fetchPattern(sku: string): Promise<CrochetPattern> {
  return new Promise((resolve, reject) => {
    legacyPatternStore.fetch(sku, (err, blob) => {
      if (err) {
        storefrontLog.error('pattern store lookup failed', { sku, code: (err as NodeJS.ErrnoException).code });
        reject(err);
      }
      resolve(decodePattern(blob as StoredBlob));
    });
  });
}

function touchPattern(sku: string): Promise<void> {
  return new Promise((resolve, reject) => {
    legacyPatternStore.touch(sku, (err) => (err ? reject(err) : resolve()));
  });
}

export class PatternCatalog {
  private readonly cache = new Map<string, { pattern: CrochetPattern; loadedAt: number }>();

  constructor(private readonly ttlMs = 5 * 60_000) {}

  async get(sku: string): Promise<CrochetPattern> {
    const hit = this.cache.get(sku);
    if (hit && Date.now() - hit.loadedAt < this.ttlMs) {
      storefrontLog.debug('pattern cache hit', { sku });
      return hit.pattern;
    }
    const pattern = await fetchPattern(sku);
    this.cache.set(sku, { pattern, loadedAt: Date.now() });
    return pattern;
  }

  async preview(sku: string, maxRounds = 3): Promise<{ title: string; excerpt: string[]; price: string }> {
    const pattern = await this.get(sku);
    await touchPattern(sku);
    return {
      title: `${pattern.title} (${pattern.hookSizeMm} mm hook, ${pattern.yarnWeight})`,
      excerpt: pattern.rounds.slice(0, maxRounds),
      price: `$${(pattern.priceCents / 100).toFixed(2)}`,
    };
  }

  invalidate(sku: string): void {
    this.cache.delete(sku);
  }
}
