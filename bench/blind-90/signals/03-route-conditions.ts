// expect: require-signal-propagation
// The route handler passes req.signal to the avalanche-bulletin fetch but not to the slower webcam-snapshot fetch, which keeps running after the client disconnects.
export interface RouteInfo {
  id: string;
  name: string;
  region: string;
  webcamId: string | null;
}

interface Bulletin {
  dangerLevel: 1 | 2 | 3 | 4 | 5;
  problems: string[];
  validUntil: string;
}

interface Snapshot {
  takenAt: string;
  url: string;
  snowCoverPct: number;
}

declare const routes: { byId(id: string): RouteInfo | undefined };

const BULLETIN_API = 'https://avalanche.example.ch/api/bulletin';
const WEBCAM_API = 'https://cams.example.ch/api/snapshot';

async function latestBulletin(region: string, signal: AbortSignal): Promise<Bulletin> {
  const res = await fetch(`${BULLETIN_API}?region=${region}`, { signal });
  if (!res.ok) throw new Error(`bulletin ${res.status}`);
  return (await res.json()) as Bulletin;
}

async function latestSnapshot(webcamId: string, signal?: AbortSignal): Promise<Snapshot | null> {
  const res = await fetch(`${WEBCAM_API}/${webcamId}?analyse=snow`, { signal });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`webcam ${res.status}`);
  return (await res.json()) as Snapshot;
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'max-age=300' },
  });
}

export async function GET(req: Request, ctx: { params: { routeId: string } }): Promise<Response> {
  const route = routes.byId(ctx.params.routeId);
  if (!route) return json({ error: 'no such route' }, 404);

  const [bulletin, snapshot] = await Promise.all([
    latestBulletin(route.region, req.signal),
    route.webcamId ? latestSnapshot(route.webcamId) : Promise.resolve(null),
  ]);

  const advice =
    bulletin.dangerLevel >= 4
      ? 'Do not travel'
      : bulletin.dangerLevel === 3
        ? 'Experienced parties only, start before 05:00'
        : 'Normal precautions';

  return json({
    route: route.name,
    danger: bulletin.dangerLevel,
    problems: bulletin.problems,
    validUntil: bulletin.validUntil,
    advice,
    webcam: snapshot && { url: snapshot.url, takenAt: snapshot.takenAt, snowCoverPct: snapshot.snowCoverPct },
  });
}
