// expect: none
// Correct: the three lookups are stored first but handed straight to Promise.all, which attaches handlers to all of them at once; the early 404 return happens before any of them is started.
declare const db: {
  league(slug: string): Promise<{ id: number; name: string; season: number } | null>;
  bouts(leagueId: number, season: number): Promise<Bout[]>;
  teams(leagueId: number): Promise<Team[]>;
  penalties(leagueId: number, season: number): Promise<Penalty[]>;
};

interface Bout {
  id: number;
  home: number;
  away: number;
  homeScore: number;
  awayScore: number;
  sanctioned: boolean;
}

interface Team {
  id: number;
  name: string;
}

interface Penalty {
  teamId: number;
  code: string;
}

interface Ctx {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  status: number;
  body: unknown;
}

interface Row {
  team: string;
  played: number;
  wins: number;
  pointDiff: number;
  penalties: number;
}

export async function getStandings(ctx: Ctx): Promise<void> {
  const league = await db.league(ctx.params.slug);
  if (!league) {
    ctx.status = 404;
    ctx.body = { error: 'league not found' };
    return;
  }
  const season = Number(ctx.query.season ?? league.season);

  const boutsP = db.bouts(league.id, season);
  const teamsP = db.teams(league.id);
  const penaltiesP = db.penalties(league.id, season);
  const [bouts, teams, penalties] = await Promise.all([boutsP, teamsP, penaltiesP]);

  const rows = new Map<number, Row>(
    teams.map((t) => [t.id, { team: t.name, played: 0, wins: 0, pointDiff: 0, penalties: 0 }]),
  );
  for (const b of bouts.filter((x) => x.sanctioned)) {
    const home = rows.get(b.home);
    const away = rows.get(b.away);
    if (!home || !away) continue;
    home.played++;
    away.played++;
    home.pointDiff += b.homeScore - b.awayScore;
    away.pointDiff += b.awayScore - b.homeScore;
    if (b.homeScore > b.awayScore) home.wins++;
    else if (b.awayScore > b.homeScore) away.wins++;
  }
  for (const p of penalties) {
    const row = rows.get(p.teamId);
    if (row) row.penalties++;
  }

  ctx.status = 200;
  ctx.body = {
    league: league.name,
    season,
    standings: [...rows.values()].sort(
      (a, b) => b.wins / Math.max(b.played, 1) - a.wins / Math.max(a.played, 1) || b.pointDiff - a.pointDiff,
    ),
  };
}
