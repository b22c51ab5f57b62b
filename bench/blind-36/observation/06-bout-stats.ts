// expect: no-unchecked-settled-results
// leagueStandings casts every Promise.allSettled entry to a fulfilled result and reads .value without checking status, so a failed team fetch is read as undefined instead of being reported.
export interface BoutScore {
  boutId: string;
  home: string;
  away: string;
  homePoints: number;
  awayPoints: number;
  penaltiesHome: number;
  penaltiesAway: number;
}

export interface TeamSeason {
  team: string;
  bouts: BoutScore[];
}

export interface Standing {
  team: string;
  played: number;
  wins: number;
  pointDiff: number;
  penaltiesPerBout: number;
}

declare const statsTracker: {
  seasonFor(team: string, season: number): Promise<TeamSeason>;
};

declare const leagueSite: {
  publishStandings(season: number, table: Standing[]): Promise<void>;
};

function summarise(season: TeamSeason): Standing {
  let wins = 0;
  let pointDiff = 0;
  let penalties = 0;
  for (const bout of season.bouts) {
    const isHome = bout.home === season.team;
    const ours = isHome ? bout.homePoints : bout.awayPoints;
    const theirs = isHome ? bout.awayPoints : bout.homePoints;
    if (ours > theirs) wins++;
    pointDiff += ours - theirs;
    penalties += isHome ? bout.penaltiesHome : bout.penaltiesAway;
  }
  const played = season.bouts.length;
  return {
    team: season.team,
    played,
    wins,
    pointDiff,
    penaltiesPerBout: played === 0 ? 0 : Math.round((penalties / played) * 10) / 10,
  };
}

function rank(a: Standing, b: Standing): number {
  const pctA = a.played ? a.wins / a.played : 0;
  const pctB = b.played ? b.wins / b.played : 0;
  return pctB - pctA || b.pointDiff - a.pointDiff || a.team.localeCompare(b.team);
}

export async function leagueStandings(teams: string[], season: number): Promise<Standing[]> {
  const results = await Promise.allSettled(teams.map((team) => statsTracker.seasonFor(team, season)));

  const table: Standing[] = [];
  results.forEach((result, i) => {
    const teamSeason = (result as PromiseFulfilledResult<TeamSeason>).value ?? { team: teams[i], bouts: [] };
    table.push(summarise(teamSeason));
  });

  table.sort(rank);
  await leagueSite.publishStandings(season, table);
  return table;
}

export function formatTable(table: Standing[]): string {
  const header = 'Team                  P   W   +/-   Pen/B';
  const rows = table.map(
    (s) =>
      `${s.team.padEnd(20)} ${String(s.played).padStart(3)} ${String(s.wins).padStart(3)} ${String(s.pointDiff).padStart(5)} ${s.penaltiesPerBout.toFixed(1).padStart(7)}`,
  );
  return [header, ...rows].join('\n');
}
