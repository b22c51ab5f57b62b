// expect: no-multiple-settle
// The JSON.parse/normalize call inside the response 'end' listener can throw before resolve runs, which escapes as an uncaught exception and leaves the promise pending forever.
import http from 'node:http';

export interface KeikoSession {
  rikishi: string;
  bouts: number;
  wins: number;
  shikoReps: number;
  notes?: string;
}

export interface TrainingLog {
  stable: string;
  date: string;
  sessions: KeikoSession[];
  totalBouts: number;
}

interface RawLog {
  heya: string;
  day: string;
  entries: Array<{ name: string; moshiai?: number; won?: number; shiko?: number; memo?: string }>;
}

function normalize(raw: RawLog): TrainingLog {
  if (!Array.isArray(raw.entries)) throw new Error(`log for ${raw.heya} has no entries`);
  const sessions = raw.entries.map((e) => ({
    rikishi: e.name,
    bouts: e.moshiai ?? 0,
    wins: e.won ?? 0,
    shikoReps: e.shiko ?? 0,
    notes: e.memo,
  }));
  return {
    stable: raw.heya,
    date: raw.day,
    sessions,
    totalBouts: sessions.reduce((n, s) => n + s.bouts, 0),
  };
}

export interface LogServer {
  host: string;
  port: number;
  token: string;
}

export function fetchTrainingLog(server: LogServer, stable: string, date: string): Promise<TrainingLog> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: server.host,
        port: server.port,
        path: `/heya/${encodeURIComponent(stable)}/keiko/${date}`,
        headers: { accept: 'application/json', authorization: `Bearer ${server.token}` },
        timeout: 5000,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`training log ${stable}/${date}: HTTP ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        let body = '';
        res.on('data', (chunk: string) => (body += chunk));
        res.on('error', reject);
        res.on('end', () => {
          const log = normalize(JSON.parse(body) as RawLog);
          resolve(log);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`training log ${stable}/${date}: timed out`)));
    req.on('error', reject);
  });
}

export async function weeklyBoutCounts(
  server: LogServer,
  stable: string,
  dates: string[],
): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const date of dates) {
    const log = await fetchTrainingLog(server, stable, date);
    for (const s of log.sessions) {
      totals.set(s.rikishi, (totals.get(s.rikishi) ?? 0) + s.bouts);
    }
  }
  return totals;
}
