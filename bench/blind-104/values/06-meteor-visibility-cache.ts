// expect: none
// The ?? fallbacks either pick between two promises on purpose (a shared in-flight request) or run on awaited values, and the === checks compare awaited strings, so no promise stands in for its result.
export interface SkyConditions {
  siteId: string;
  cloudPct: number;
  moonIllum: number;
  limitingMag: number;
}

export interface SkyService {
  conditions(siteId: string, night: string): Promise<SkyConditions>;
  darkSiteFor(city: string): Promise<string | null>;
}

interface Cached {
  value: SkyConditions;
  expires: number;
}

const TTL_MS = 10 * 60_000;

export class VisibilityCache {
  private readonly fresh = new Map<string, Cached>();
  private readonly inFlight = new Map<string, Promise<SkyConditions>>();

  constructor(private readonly sky: SkyService) {}

  conditions(siteId: string, night: string): Promise<SkyConditions> {
    const key = `${siteId}@${night}`;
    const hit = this.fresh.get(key);
    if (hit && hit.expires > Date.now()) return Promise.resolve(hit.value);
    return this.inFlight.get(key) ?? this.load(key, siteId, night);
  }

  private load(key: string, siteId: string, night: string): Promise<SkyConditions> {
    const request = this.sky
      .conditions(siteId, night)
      .then((value) => {
        this.fresh.set(key, { value, expires: Date.now() + TTL_MS });
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, request);
    return request;
  }

  async bestSite(city: string, fallbackSite: string, night: string): Promise<{ siteId: string; verdict: string }> {
    const siteId = (await this.sky.darkSiteFor(city)) ?? fallbackSite;
    const c = await this.conditions(siteId, night);
    const verdict =
      c.cloudPct > 70 ? 'clouded out' : c.moonIllum > 0.6 ? 'moon-washed' : c.limitingMag >= 6 ? 'excellent' : 'fair';
    return { siteId, verdict };
  }

  async sameVerdict(city: string, other: string, night: string): Promise<boolean> {
    const [a, b] = await Promise.all([this.bestSite(city, other, night), this.bestSite(other, other, night)]);
    return a.verdict === b.verdict;
  }
}
