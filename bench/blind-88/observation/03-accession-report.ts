// expect: no-unobserved-promise
// The handler starts all three queries up front and awaits them one by one; if the tests or plans query rejects while an earlier await is pending (or after the 404 early return), no handler is attached to it.
export interface AccessionRow {
  accession: string;
  taxon: string;
  seedCount: number;
  storedAt: string;
  vault: string;
}

export interface GerminationTest {
  accession: string;
  testedAt: string;
  viabilityPct: number;
}

export interface RegenerationPlan {
  accession: string;
  plannedSeason: string;
  site: string;
}

declare const collections: {
  accession(id: string): Promise<AccessionRow | undefined>;
  germinationTests(id: string, limit: number): Promise<GerminationTest[]>;
  regenerationPlans(id: string): Promise<RegenerationPlan[]>;
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function viabilityTrend(tests: GerminationTest[]): 'stable' | 'declining' | 'unknown' {
  if (tests.length < 2) return 'unknown';
  const [latest, previous] = tests;
  return latest.viabilityPct + 5 < previous.viabilityPct ? 'declining' : 'stable';
}

export async function GET(req: Request, ctx: { params: { id: string } }): Promise<Response> {
  const id = ctx.params.id;
  if (!/^[A-Z]{2,4}-\d{4,7}$/.test(id)) {
    return json({ error: 'malformed accession number' }, 400);
  }

  const rowPromise = collections.accession(id);
  const testsPromise = collections.germinationTests(id, 5);
  const plansPromise = collections.regenerationPlans(id);

  const row = await rowPromise;
  if (!row) {
    return json({ error: `accession ${id} not found` }, 404);
  }

  const tests = await testsPromise;
  const plans = await plansPromise;
  const latest = tests[0];

  return json({
    accession: row.accession,
    taxon: row.taxon,
    vault: row.vault,
    seedCount: row.seedCount,
    storedAt: row.storedAt,
    latestViabilityPct: latest?.viabilityPct ?? null,
    trend: viabilityTrend(tests),
    needsRegeneration: (latest?.viabilityPct ?? 100) < 85 || row.seedCount < 1_500,
    regenerationPlanned: plans.map((p) => `${p.plannedSeason} @ ${p.site}`),
  });
}
