// expect: require-signal-propagation
// The handler passes req.signal to the site lookup but not to stations.latest, which accepts a signal, so station reads keep running after the client disconnects.
export interface Site {
  id: string;
  name: string;
  stationIds: string[];
  launchBearingDeg: number;
}

export interface StationReading {
  stationId: string;
  at: string;
  meanKts: number;
  gustKts: number;
  directionDeg: number;
}

export interface SiteDirectory {
  get(siteId: string, opts?: { signal?: AbortSignal }): Promise<Site | null>;
}

export interface StationClient {
  latest(stationId: string, opts?: { maxAgeSec?: number; signal?: AbortSignal }): Promise<StationReading | null>;
}

export interface FeedDeps {
  sites: SiteDirectory;
  stations: StationClient;
  maxAgeSec: number;
}

function crosswind(reading: StationReading, bearingDeg: number): number {
  const delta = ((reading.directionDeg - bearingDeg + 540) % 360) - 180;
  return Math.round(Math.abs(Math.sin((delta * Math.PI) / 180) * reading.meanKts) * 10) / 10;
}

export function createSiteFeedHandler(deps: FeedDeps): (req: Request) => Promise<Response> {
  return async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const siteId = url.searchParams.get('site');
    if (!siteId) {
      return Response.json({ error: 'missing ?site=' }, { status: 400 });
    }

    const site = await deps.sites.get(siteId, { signal: req.signal });
    if (!site) {
      return Response.json({ error: `unknown site ${siteId}` }, { status: 404 });
    }

    const readings = await Promise.all(
      site.stationIds.map((id) => deps.stations.latest(id, { maxAgeSec: deps.maxAgeSec })),
    );
    const fresh = readings.filter((r): r is StationReading => r !== null);

    return Response.json(
      {
        site: site.name,
        stations: fresh.map((r) => ({
          ...r,
          crosswindKts: crosswind(r, site.launchBearingDeg),
        })),
        stale: site.stationIds.length - fresh.length,
        generatedAt: new Date().toISOString(),
      },
      { headers: { 'cache-control': 'max-age=30' } },
    );
  };
}
