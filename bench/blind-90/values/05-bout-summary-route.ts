// expect: no-promise-as-value
// The response object nests penaltySummary(bout.id) without await; res.json serialises the pending promise as {} so the penalties block is always empty.
interface Req {
  params: { boutId: string };
  query: { includePenalties?: string };
}

interface Res {
  status(code: number): Res;
  json(body: unknown): void;
}

interface Bout {
  id: string;
  homeTeam: string;
  awayTeam: string;
  homeScore: number;
  awayScore: number;
  jams: { number: number; period: 1 | 2; leadJammer: 'home' | 'away' | null; points: [number, number] }[];
}

interface PenaltyRow {
  skater: string;
  team: 'home' | 'away';
  code: 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'L' | 'M' | 'N' | 'P' | 'X';
  jam: number;
}

declare const bouts: { find(id: string): Promise<Bout | null> };
declare const penaltyTracker: { forBout(id: string): Promise<PenaltyRow[]> };

async function penaltySummary(boutId: string) {
  const rows = await penaltyTracker.forBout(boutId);
  const byTeam = { home: 0, away: 0 };
  const byCode: Record<string, number> = {};
  for (const r of rows) {
    byTeam[r.team]++;
    byCode[r.code] = (byCode[r.code] ?? 0) + 1;
  }
  const fouledOut = Object.entries(
    rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.skater]: (acc[r.skater] ?? 0) + 1 }), {}),
  )
    .filter(([, n]) => n >= 7)
    .map(([skater]) => skater);
  return { byTeam, byCode, fouledOut };
}

function leadStats(bout: Bout) {
  const lead = { home: 0, away: 0 };
  for (const j of bout.jams) if (j.leadJammer) lead[j.leadJammer]++;
  return lead;
}

export async function getBoutSummary(req: Req, res: Res): Promise<void> {
  const bout = await bouts.find(req.params.boutId);
  if (!bout) {
    res.status(404).json({ error: 'bout not found' });
    return;
  }

  const lead = leadStats(bout);
  const body = {
    id: bout.id,
    teams: { home: bout.homeTeam, away: bout.awayTeam },
    score: { home: bout.homeScore, away: bout.awayScore },
    jams: bout.jams.length,
    leadPercent: {
      home: Math.round((100 * lead.home) / Math.max(bout.jams.length, 1)),
      away: Math.round((100 * lead.away) / Math.max(bout.jams.length, 1)),
    },
    penalties: req.query.includePenalties === 'false' ? null : penaltySummary(bout.id),
  };

  res.status(200).json(body);
}
