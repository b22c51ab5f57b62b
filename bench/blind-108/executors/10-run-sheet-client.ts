// expect: no-multiple-settle
// Inside the 'end' handler resolve(run) is followed in the same try by indexRun(), so a run with no recorded penalties throws into the catch whose reject is a no-op after resolve: the promise settles twice and the index silently misses that run.
import http from 'node:http';

export interface Penalty {
  obstacle: 'outrun' | 'lift' | 'fetch' | 'drive' | 'shed' | 'pen';
  points: number;
}

export interface TrialRun {
  runId: string;
  handler: string;
  dog: string;
  seconds: number;
  penalties: Penalty[];
}

export interface RunIndexEntry {
  runId: string;
  dog: string;
  score: number;
}

const MAX_POINTS = 100;

export class RunSheetClient {
  private readonly index = new Map<string, RunIndexEntry>();

  constructor(private readonly host: string, private readonly port = 8080) {}

  fetchRun(trialId: string, runId: string): Promise<TrialRun> {
    return new Promise<TrialRun>((resolve, reject) => {
      const req = http.get(
        { host: this.host, port: this.port, path: `/trials/${trialId}/runs/${encodeURIComponent(runId)}` },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            reject(new Error(`run sheet ${runId}: HTTP ${res.statusCode}`));
            return;
          }
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('error', reject);
          res.on('end', () => {
            try {
              const run = JSON.parse(body) as TrialRun;
              resolve(run);
              this.indexRun(run);
            } catch (err) {
              reject(err);
            }
          });
        },
      );
      req.on('error', reject);
    });
  }

  leaderboard(): RunIndexEntry[] {
    return [...this.index.values()].sort((a, b) => b.score - a.score);
  }

  private indexRun(run: TrialRun): void {
    const lost = run.penalties.reduce((sum, p) => sum + p.points, 0);
    this.index.set(run.runId, { runId: run.runId, dog: run.dog, score: MAX_POINTS - lost });
  }
}
