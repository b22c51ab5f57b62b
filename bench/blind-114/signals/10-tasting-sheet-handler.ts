// expect: require-signal-propagation
// The handler passes req.signal to both database queries but not to the glossary fetch, so a disconnected client still waits on the glossary service.
export interface QueryOptions {
  signal?: AbortSignal;
}

export interface Db {
  query<T>(sql: string, params: unknown[], opts?: QueryOptions): Promise<T[]>;
}

interface SessionRow {
  id: string;
  tea_id: string;
  tea_name: string;
  steep_seconds: number;
  lang: string;
}

interface ScoreRow {
  taster: string;
  aroma: number;
  liquor: number;
  descriptors: string[];
}

export interface Deps {
  db: Db;
  glossaryUrl: string;
}

export async function handleTastingSheet(req: Request, deps: Deps): Promise<Response> {
  const url = new URL(req.url);
  const sessionId = url.searchParams.get('session');
  if (!sessionId) return Response.json({ error: 'session is required' }, { status: 400 });

  const [session] = await deps.db.query<SessionRow>(
    'SELECT id, tea_id, tea_name, steep_seconds, lang FROM tasting_sessions WHERE id = $1',
    [sessionId],
    { signal: req.signal },
  );
  if (!session) return Response.json({ error: 'unknown session' }, { status: 404 });

  const scores = await deps.db.query<ScoreRow>(
    'SELECT taster, aroma, liquor, descriptors FROM tasting_scores WHERE session_id = $1 ORDER BY taster',
    [sessionId],
    { signal: req.signal },
  );

  const used = [...new Set(scores.flatMap((s) => s.descriptors))];
  const glossaryRes = await fetch(`${deps.glossaryUrl}/descriptors?lang=${session.lang}&terms=${used.join(',')}`);
  const glossary = glossaryRes.ok ? ((await glossaryRes.json()) as Record<string, string>) : {};

  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

  return Response.json({
    tea: session.tea_name,
    steepSeconds: session.steep_seconds,
    tasters: scores.length,
    aroma: Number(mean(scores.map((s) => s.aroma)).toFixed(2)),
    liquor: Number(mean(scores.map((s) => s.liquor)).toFixed(2)),
    descriptors: used.map((term) => ({ term, meaning: glossary[term] ?? null })),
  });
}
