// expect: no-floating-promises
// parents.forEach(async ...) drops every push/SMS promise: the handler answers before they run and a failing send becomes an unhandled rejection.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface GameResult {
  gameId: string;
  homeTeamId: string;
  awayTeamId: string;
  homeGoals: number;
  awayGoals: number;
}

interface Guardian {
  id: string;
  teamId: string;
  phone: string | null;
  pushToken: string | null;
}

declare const league: {
  saveResult(result: GameResult): Promise<void>;
  guardiansFor(teamIds: string[]): Promise<Guardian[]>;
  teamName(teamId: string): Promise<string>;
};
declare const push: { send(token: string, title: string, body: string): Promise<void> };
declare const sms: { send(phone: string, body: string): Promise<void> };

async function readJson<T>(req: IncomingMessage): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}

function validate(result: GameResult): string | null {
  if (!result.gameId) return 'gameId required';
  if (result.homeTeamId === result.awayTeamId) return 'a team cannot play itself';
  if (![result.homeGoals, result.awayGoals].every((g) => Number.isInteger(g) && g >= 0)) {
    return 'goals must be non-negative integers';
  }
  return null;
}

/** POST /games/:id/final — scorekeeper submits the final score from the sideline app. */
export async function postFinalScore(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const result = await readJson<GameResult>(req);
  const problem = validate(result);
  if (problem) {
    res.writeHead(422, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: problem }));
    return;
  }

  await league.saveResult(result);

  const [home, away] = await Promise.all([
    league.teamName(result.homeTeamId),
    league.teamName(result.awayTeamId),
  ]);
  const line = `Final: ${home} ${result.homeGoals} – ${away} ${result.awayGoals}`;

  const parents = await league.guardiansFor([result.homeTeamId, result.awayTeamId]);
  parents.forEach(async (guardian) => {
    if (guardian.pushToken) {
      await push.send(guardian.pushToken, 'Game final', line);
    } else if (guardian.phone) {
      await sms.send(guardian.phone, line);
    }
  });

  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ ok: true, notified: parents.length }));
}
