// expect: none
// The catch block rethrows as soon as the signal is aborted, and only falls back to cached swatches for genuine supplier failures.
export interface Swatch {
  code: string;
  name: string;
  firingTempC: number;
  hex: string;
  leadFree: boolean;
}

export interface SwatchLoaderLog {
  warn(message: string): void;
}

export class PigmentSwatchLoader {
  private cached: Swatch[] = [];
  private cachedAt = 0;

  constructor(
    private readonly supplierUrl: string,
    private readonly log: SwatchLoaderLog,
    private readonly maxAgeMs = 6 * 3_600_000,
  ) {}

  get cacheAgeMs(): number {
    return this.cachedAt === 0 ? Infinity : Date.now() - this.cachedAt;
  }

  async load(signal: AbortSignal): Promise<Swatch[]> {
    if (this.cacheAgeMs < this.maxAgeMs) return this.cached;
    try {
      const res = await fetch(`${this.supplierUrl}/glass-paints/swatches.json`, { signal });
      if (!res.ok) throw new Error(`supplier responded ${res.status}`);
      const swatches = (await res.json()) as Swatch[];
      this.cached = swatches;
      this.cachedAt = Date.now();
      return swatches;
    } catch (err) {
      if (signal.aborted) throw err;
      if (this.cached.length === 0) throw err;
      this.log.warn(
        `using ${Math.round(this.cacheAgeMs / 60_000)} min old swatch cache: ${err instanceof Error ? err.message : String(err)}`,
      );
      return this.cached;
    }
  }

  async matchFragment(hex: string, signal: AbortSignal, leadFreeOnly = true): Promise<Swatch | undefined> {
    const swatches = await this.load(signal);
    const target = parseInt(hex.replace('#', ''), 16);
    const tr = (target >> 16) & 0xff;
    const tg = (target >> 8) & 0xff;
    const tb = target & 0xff;
    let best: Swatch | undefined;
    let bestDist = Infinity;
    for (const s of swatches) {
      if (leadFreeOnly && !s.leadFree) continue;
      const v = parseInt(s.hex.replace('#', ''), 16);
      const dist = Math.hypot(((v >> 16) & 0xff) - tr, ((v >> 8) & 0xff) - tg, (v & 0xff) - tb);
      if (dist < bestDist) {
        best = s;
        bestDist = dist;
      }
    }
    return best;
  }
}
