// expect: require-signal-propagation
// The handler passes req.signal to the score query but calls fetch() for the wind reading without it, so a disconnected client leaves that upstream request running.
export interface ScoreRow {
  flyer: string;
  team: string | null;
  category: string;
  total: number;
  flights: number;
}

export interface QueryOptions {
  signal?: AbortSignal;
}

export interface ScoreDb {
  query<T>(sql: string, params: unknown[], options?: QueryOptions): Promise<T[]>;
}

export interface WindNow {
  field: string;
  speedKmh: number;
  gustKmh: number;
  dirDeg: number;
}

export interface LeaderboardDeps {
  db: ScoreDb;
  windServiceUrl: string;
  field: string;
}

const CATEGORIES = new Set(['single-line', 'dual-line', 'quad', 'rokkaku-fight', 'giant-inflatable']);

export function createLeaderboardHandler(deps: LeaderboardDeps) {
  return async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const category = url.searchParams.get('category') ?? 'single-line';
    if (!CATEGORIES.has(category)) {
      return Response.json({ error: `unknown category ${category}` }, { status: 400 });
    }
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 20) || 20, 100);

    const rows = await deps.db.query<ScoreRow>(
      `select flyer, team, category, sum(score) as total, count(*) as flights
         from flight_scores where category = $1
        group by flyer, team, category
        order by total desc limit $2`,
      [category, limit],
      { signal: req.signal },
    );

    const windRes = await fetch(`${deps.windServiceUrl}/now?field=${encodeURIComponent(deps.field)}`);
    const wind = windRes.ok ? ((await windRes.json()) as WindNow) : null;

    const flyingSuspended = wind !== null && wind.gustKmh > 45;
    return Response.json(
      {
        category,
        updatedAt: new Date().toISOString(),
        flyingSuspended,
        wind,
        standings: rows.map((r, i) => ({
          rank: i + 1,
          flyer: r.flyer,
          team: r.team,
          total: Number(r.total.toFixed(2)),
          flights: r.flights,
        })),
      },
      { headers: { 'cache-control': 'no-store' } },
    );
  };
}
