// expect: require-signal-propagation
// The fetch-style handler never passes req.signal to the upstream hut availability fetches, so when a hiker closes the page or the edge times out, every per-hut query keeps running to completion.
export interface RouteStage {
  hutId: string;
  night: string;
}

interface HutAvailability {
  hutId: string;
  night: string;
  freeBeds: number;
  halfBoard: boolean;
}

const HUT_API = 'https://huts.alpine.example/v1';

async function fetchStage(stage: RouteStage, apiKey: string): Promise<HutAvailability> {
  const url = `${HUT_API}/huts/${encodeURIComponent(stage.hutId)}/nights/${stage.night}`;
  const res = await fetch(url, { headers: { 'x-api-key': apiKey } });
  if (!res.ok) throw new Error(`hut ${stage.hutId}: HTTP ${res.status}`);
  return (await res.json()) as HutAvailability;
}

function parseStages(params: URLSearchParams): RouteStage[] {
  const huts = params.getAll('hut');
  const start = params.get('start');
  if (!start || huts.length === 0) throw new RangeError('need ?start=YYYY-MM-DD and at least one &hut=');
  const first = new Date(`${start}T00:00:00Z`);
  return huts.map((hutId, i) => {
    const night = new Date(first.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return { hutId, night };
  });
}

export function createRouteHandler(apiKey: string): (req: Request) => Promise<Response> {
  return async function handleRoute(req: Request): Promise<Response> {
    let stages: RouteStage[];
    try {
      stages = parseStages(new URL(req.url).searchParams);
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 400 });
    }

    const availability = await Promise.all(stages.map((stage) => fetchStage(stage, apiKey)));
    const blocked = availability.filter((a) => a.freeBeds < 1);
    return Response.json(
      {
        bookable: blocked.length === 0,
        stages: availability,
        blocked: blocked.map((b) => `${b.hutId} on ${b.night}`),
      },
      { headers: { 'cache-control': 'private, max-age=60' } },
    );
  };
}
