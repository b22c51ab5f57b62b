// expect: none
// The request wrapper settles once: non-200 responses reject and return early, a good response resolves on 'end', and the timeout destroys the request so it surfaces through the single 'error' handler.
import { get, type IncomingMessage } from 'node:http';

export interface Fixture {
  round: number;
  home: string;
  away: string;
  throwIn: string;
  venue: string;
}

export interface FixtureList {
  competition: string;
  fixtures: Fixture[];
}

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      body += chunk;
    });
    res.on('end', () => resolve(body));
    res.on('error', reject);
  });
}

export function fetchFixtures(boardUrl: string, competition: string, timeoutMs = 8_000): Promise<FixtureList> {
  const url = new URL(`/competitions/${encodeURIComponent(competition)}/fixtures`, boardUrl);
  return new Promise<FixtureList>((resolve, reject) => {
    const req = get(url, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`county board returned ${res.statusCode} for ${competition}`));
        return;
      }
      readBody(res).then((text) => {
        const parsed = JSON.parse(text) as { fixtures?: Fixture[] };
        resolve({ competition, fixtures: parsed.fixtures ?? [] });
      }).catch(reject);
    });

    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error(`fixtures request for ${competition} timed out`));
    });
    req.on('error', reject);
  });
}

export function clashes(lists: FixtureList[]): Array<[Fixture, Fixture]> {
  const byVenueAndTime = new Map<string, Fixture>();
  const out: Array<[Fixture, Fixture]> = [];
  for (const list of lists) {
    for (const f of list.fixtures) {
      const key = `${f.venue}|${f.throwIn}`;
      const existing = byVenueAndTime.get(key);
      if (existing) out.push([existing, f]);
      else byVenueAndTime.set(key, f);
    }
  }
  return out;
}
