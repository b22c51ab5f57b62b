// expect: none
// The Map deliberately stores in-flight promises so concurrent callers share one request; the key is built from awaited strings and failed lookups are evicted.
declare const geoApi: {
  lookup(
    ip: string,
    opts: { signal?: AbortSignal; fields: string[] },
  ): Promise<{
    country: string;
    region: string | null;
    city: string | null;
    asn: number;
  }>;
};

declare const logger: {
  debug(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export interface GeoInfo {
  country: string;
  region: string | null;
  city: string | null;
  asn: number;
}

const FIELDS = ['country', 'region', 'city', 'asn'];

export class GeoResolver {
  private readonly inflight = new Map<string, Promise<GeoInfo>>();

  constructor(private readonly maxEntries = 5_000) {}

  resolve(ip: string, locale = 'en'): Promise<GeoInfo> {
    const key = `${locale}:${ip}`;
    const existing = this.inflight.get(key);
    if (existing) {
      logger.debug('geo cache hit', { key });
      return existing;
    }

    if (this.inflight.size >= this.maxEntries) {
      const oldest = this.inflight.keys().next().value;
      if (oldest !== undefined) this.inflight.delete(oldest);
    }

    const pending = geoApi.lookup(ip, { fields: FIELDS }).catch((err: unknown) => {
      this.inflight.delete(key);
      logger.warn('geo lookup failed', { ip, error: (err as Error).message });
      throw err;
    });
    this.inflight.set(key, pending);
    return pending;
  }

  async countryOf(ip: string): Promise<string> {
    const info = await this.resolve(ip);
    const label = info.country || 'unknown';
    logger.debug(`resolved ${ip} -> ${label}`);
    return label;
  }
}
