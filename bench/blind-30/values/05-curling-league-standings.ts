// expect: no-read-before-settle
// Results are pushed into `games` by readline 'line' events, but rankTeams(games) runs synchronously right after the listener is attached, before any line is read.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface GameResult {
  draw: number;
  sheet: string;
  home: string;
  away: string;
  homeScore: number;
  awayScore: number;
  endsPlayed: number;
}

export interface Standing {
  team: string;
  played: number;
  wins: number;
  losses: number;
  pointsFor: number;
  pointsAgainst: number;
}

declare const leagueConfig: {
  load(season: string): Promise<{ teams: string[]; regulationEnds: number }>;
};

function parseResult(line: string, lineNo: number): GameResult {
  const [draw, sheet, home, away, homeScore, awayScore, ends] = line.split(',').map((c) => c.trim());
  const parsed = {
    draw: Number(draw),
    sheet,
    home,
    away,
    homeScore: Number(homeScore),
    awayScore: Number(awayScore),
    endsPlayed: Number(ends),
  };
  if (!home || !away || Number.isNaN(parsed.homeScore) || Number.isNaN(parsed.awayScore)) {
    throw new Error(`results line ${lineNo} is malformed: ${line}`);
  }
  return parsed;
}

function rankTeams(teams: string[], games: GameResult[]): Standing[] {
  const table = new Map<string, Standing>(
    teams.map((team) => [team, { team, played: 0, wins: 0, losses: 0, pointsFor: 0, pointsAgainst: 0 }]),
  );
  for (const g of games) {
    const home = table.get(g.home);
    const away = table.get(g.away);
    if (!home || !away) continue;
    home.played += 1;
    away.played += 1;
    home.pointsFor += g.homeScore;
    home.pointsAgainst += g.awayScore;
    away.pointsFor += g.awayScore;
    away.pointsAgainst += g.homeScore;
    if (g.homeScore > g.awayScore) {
      home.wins += 1;
      away.losses += 1;
    } else {
      away.wins += 1;
      home.losses += 1;
    }
  }
  return [...table.values()].sort(
    (a, b) => b.wins - a.wins || (b.pointsFor - b.pointsAgainst) - (a.pointsFor - a.pointsAgainst) || a.team.localeCompare(b.team),
  );
}

export async function standingsFromResults(season: string, resultsCsv: string): Promise<Standing[]> {
  const config = await leagueConfig.load(season);
  const games: GameResult[] = [];
  let lineNo = 0;

  const rl = createInterface({ input: createReadStream(resultsCsv, 'utf8'), crlfDelay: Infinity });
  rl.on('line', (line) => {
    lineNo += 1;
    if (lineNo === 1 || line.trim() === '' || line.startsWith('#')) return;
    const game = parseResult(line, lineNo);
    if (game.endsPlayed >= Math.min(6, config.regulationEnds)) games.push(game);
  });

  return rankTeams(config.teams, games);
}
