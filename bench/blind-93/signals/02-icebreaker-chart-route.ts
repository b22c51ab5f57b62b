// expect: require-signal-propagation
// loadChartTiles() receives the request's signal but calls fetch() for every tile without it, so a cancelled request keeps downloading.
export interface TileKey {
  z: number;
  x: number;
  y: number;
}

export interface IceChartResponse {
  region: string;
  issued: string;
  tiles: Array<TileKey & { stage: string; concentration: number }>;
}

const CHART_SERVICE = 'https://ice-charts.example.net/wmts';

function tilesForRegion(region: string, zoom: number): TileKey[] {
  const [x0, x1, y0, y1] = region === 'bothnian-bay' ? [142, 146, 70, 73] : [138, 141, 74, 77];
  const keys: TileKey[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push({ z: zoom, x, y });
  return keys;
}

async function loadChartTiles(
  region: string,
  zoom: number,
  signal: AbortSignal,
): Promise<IceChartResponse['tiles']> {
  const keys = tilesForRegion(region, zoom);
  const tiles: IceChartResponse['tiles'] = [];

  // the chart service rate-limits per client, so go four at a time
  for (let i = 0; i < keys.length; i += 4) {
    const batch = keys.slice(i, i + 4);
    const results = await Promise.all(
      batch.map(async (key) => {
        const res = await fetch(`${CHART_SERVICE}/${region}/${key.z}/${key.x}/${key.y}.json`);
        if (!res.ok) throw new Error(`tile ${key.z}/${key.x}/${key.y}: HTTP ${res.status}`);
        const body = (await res.json()) as { stage: string; concentration: number };
        return { ...key, ...body };
      }),
    );
    tiles.push(...results);
  }
  return tiles;
}

export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const region = url.searchParams.get('region') ?? 'bothnian-bay';
  const zoom = Number(url.searchParams.get('z') ?? 7);

  if (!Number.isInteger(zoom) || zoom < 4 || zoom > 10) {
    return Response.json({ error: 'z must be an integer between 4 and 10' }, { status: 400 });
  }

  try {
    const tiles = await loadChartTiles(region, zoom, req.signal);
    const body: IceChartResponse = { region, issued: new Date().toISOString(), tiles };
    return Response.json(body, { headers: { 'cache-control': 'max-age=900' } });
  } catch (err) {
    if (req.signal.aborted) throw err;
    return Response.json({ error: (err as Error).message }, { status: 502 });
  }
}
