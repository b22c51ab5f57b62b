// expect: no-multiple-settle
// Bug: async executor awaits getToken()/fetch()/res.json() without try/catch; a rejection escapes as an unhandled rejection, and once the timer is cleared (e.g. res.json() fails) the promise never settles.
export interface LaunchSite {
  id: string;
  lat: number;
  lon: number;
  maxSurfaceWindKts: number;
}

export interface WeatherBrief {
  siteId: string;
  surfaceWindKts: number;
  windAloftKts: number;
  cloudBaseFt: number;
  go: boolean;
  issuedAt: string;
}

declare const aviationWx: {
  getToken(): Promise<string>;
  baseUrl: string;
};

interface RawBrief {
  surface_wind_kts: number;
  wind_3000ft_kts: number;
  cloud_base_ft: number;
  issued: string;
}

const briefCache = new Map<string, { brief: WeatherBrief; fetchedAt: number }>();
const CACHE_MS = 10 * 60 * 1000;

export function getLaunchBrief(site: LaunchSite, timeoutMs = 8000): Promise<WeatherBrief> {
  return new Promise<WeatherBrief>(async (resolve, reject) => {
    const cached = briefCache.get(site.id);
    if (cached && Date.now() - cached.fetchedAt < CACHE_MS) {
      resolve(cached.brief);
      return;
    }

    const controller = new AbortController();
    const timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`weather brief for ${site.id} timed out after ${timeoutMs}ms`));
    }, timeoutMs);

    const token = await aviationWx.getToken();
    const res = await fetch(`${aviationWx.baseUrl}/brief?lat=${site.lat}&lon=${site.lon}`, {
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    clearTimeout(timer);

    if (!res.ok) {
      reject(new Error(`weather service returned ${res.status} for ${site.id}`));
      return;
    }

    const raw = (await res.json()) as RawBrief;
    const brief: WeatherBrief = {
      siteId: site.id,
      surfaceWindKts: raw.surface_wind_kts,
      windAloftKts: raw.wind_3000ft_kts,
      cloudBaseFt: raw.cloud_base_ft,
      go: raw.surface_wind_kts <= site.maxSurfaceWindKts && raw.cloud_base_ft >= 1500,
      issuedAt: raw.issued,
    };
    briefCache.set(site.id, { brief, fetchedAt: Date.now() });
    resolve(brief);
  });
}

export async function pickLaunchSite(sites: LaunchSite[]): Promise<LaunchSite | undefined> {
  const briefs = await Promise.all(sites.map((s) => getLaunchBrief(s)));
  const viable = briefs
    .map((b, i) => ({ b, site: sites[i] }))
    .filter(({ b }) => b.go)
    .sort((x, y) => x.b.surfaceWindKts - y.b.surfaceWindKts);
  return viable[0]?.site;
}
