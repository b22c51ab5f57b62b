// expect: no-multiple-settle
// fetchStandings settles only for 200 and 5xx responses, so a 404 or 401 from the league server leaves the promise pending forever and the nightly sync hangs with an unconsumed socket.
import { get, type IncomingMessage } from 'node:http';

export interface TeamStanding {
  skip: string;
  club: string;
  wins: number;
  losses: number;
  endsWon: number;
}

export interface StandingsPage {
  division: string;
  updatedAt: string;
  teams: TeamStanding[];
}

export class LeagueServerError extends Error {
  constructor(readonly status: number, body: string) {
    super(`league server responded ${status}: ${body.slice(0, 200)}`);
    this.name = 'LeagueServerError';
  }
}

function readBody(res: IncomingMessage, onDone: (body: string) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => onDone(Buffer.concat(chunks).toString('utf8')));
}

export function fetchStandings(host: string, division: string): Promise<StandingsPage> {
  return new Promise<StandingsPage>((resolve, reject) => {
    const req = get({ host, path: `/api/divisions/${encodeURIComponent(division)}/standings` }, (res) => {
      const status = res.statusCode ?? 0;
      res.once('error', reject);
      if (status === 200) {
        readBody(res, (body) => {
          try {
            resolve(JSON.parse(body) as StandingsPage);
          } catch (err) {
            reject(err);
          }
        });
      } else if (status >= 500) {
        readBody(res, (body) => reject(new LeagueServerError(status, body)));
      }
    });
    req.once('error', reject);
  });
}

export function rankTeams(page: StandingsPage): TeamStanding[] {
  return [...page.teams].sort((a, b) => {
    if (b.wins !== a.wins) return b.wins - a.wins;
    if (a.losses !== b.losses) return a.losses - b.losses;
    return b.endsWon - a.endsWon;
  });
}

export async function syncAllDivisions(host: string, divisions: string[]): Promise<Map<string, TeamStanding[]>> {
  const table = new Map<string, TeamStanding[]>();
  for (const division of divisions) {
    const page = await fetchStandings(host, division);
    table.set(division, rankTeams(page));
  }
  return table;
}
