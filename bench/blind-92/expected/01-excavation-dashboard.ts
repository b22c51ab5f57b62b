// expect: no-uncalled-async-function
// Promise.all gets `loadOpenSquares` (the function) instead of `loadOpenSquares(siteId)`, so `squares` is the function itself and `squares.length` reports its parameter count (1) as open squares.
export interface Square {
  id: string;
  status: 'open' | 'backfilled' | 'sampled';
  supervisor: string;
}

export interface CrewMember {
  name: string;
  role: 'volunteer' | 'student' | 'preparator' | 'supervisor';
  onSite: boolean;
}

export interface FindSummary {
  taxon: string;
  count: number;
}

declare const digDb: {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
};

async function loadOpenSquares(siteId: string): Promise<Square[]> {
  return digDb.query<Square>(
    "SELECT id, status, supervisor FROM squares WHERE site_id = $1 AND status = 'open'",
    [siteId],
  );
}

async function loadCrew(siteId: string): Promise<CrewMember[]> {
  return digDb.query<CrewMember>('SELECT name, role, on_site AS "onSite" FROM crew WHERE site_id = $1', [siteId]);
}

async function loadFindsThisWeek(siteId: string): Promise<FindSummary[]> {
  return digDb.query<FindSummary>(
    `SELECT taxon, count(*)::int AS count FROM finds
      WHERE site_id = $1 AND found_at > now() - interval '7 days'
      GROUP BY taxon ORDER BY count DESC`,
    [siteId],
  );
}

export interface Dashboard {
  siteId: string;
  openSquares: number;
  crewOnSite: number;
  supervisorsOnSite: number;
  topTaxa: FindSummary[];
  generatedAt: string;
}

/** GET /sites/:id/dashboard — shown on the trailer's TV every morning. */
export async function buildDashboard(siteId: string): Promise<Dashboard> {
  const [squares, crew, finds] = await Promise.all([
    loadOpenSquares,
    loadCrew(siteId),
    loadFindsThisWeek(siteId),
  ]);

  const present = crew.filter((c) => c.onSite);
  return {
    siteId,
    openSquares: squares.length,
    crewOnSite: present.length,
    supervisorsOnSite: present.filter((c) => c.role === 'supervisor').length,
    topTaxa: finds.slice(0, 5),
    generatedAt: new Date().toISOString(),
  };
}

export function dashboardText(d: Dashboard): string {
  const taxa = d.topTaxa.map((t) => `${t.taxon} ×${t.count}`).join(', ') || 'no finds yet';
  return [
    `Site ${d.siteId} — ${d.openSquares} squares open`,
    `Crew on site: ${d.crewOnSite} (${d.supervisorsOnSite} supervisors)`,
    `This week: ${taxa}`,
  ].join('\n');
}
