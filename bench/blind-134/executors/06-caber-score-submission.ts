// expect: no-multiple-settle
// The executor is an async function that awaits the judge token before wiring up resolve/reject, so if issuing the token fails the returned promise never settles.
import { request, type IncomingMessage } from 'node:http';

export interface CaberThrow {
  athleteId: string;
  judgeId: string;
  clockPosition: number;
  lengthFt: number;
  fault?: 'did-not-turn' | 'dropped' | 'stepped-out';
}

export interface SubmissionReceipt {
  throwId: string;
  recordedAt: string;
}

export interface JudgeAuth {
  issueToken(judgeId: string): Promise<string>;
}

export interface ScoreServer {
  host: string;
  port: number;
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

export class CaberScoreSubmitter {
  constructor(
    private readonly server: ScoreServer,
    private readonly auth: JudgeAuth,
  ) {}

  submit(score: CaberThrow): Promise<SubmissionReceipt> {
    return new Promise<SubmissionReceipt>(async (resolve, reject) => {
      const token = await this.auth.issueToken(score.judgeId);
      const payload = JSON.stringify(score);

      const req = request(
        {
          host: this.server.host,
          port: this.server.port,
          method: 'POST',
          path: '/api/throws',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (res) => {
          readBody(res).then((body) => {
            if ((res.statusCode ?? 500) >= 400) {
              reject(new Error(`score server answered ${res.statusCode}: ${body}`));
              return;
            }
            try {
              resolve(JSON.parse(body) as SubmissionReceipt);
            } catch (err) {
              reject(err);
            }
          }, reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async submitRound(throws: readonly CaberThrow[]): Promise<SubmissionReceipt[]> {
    const receipts: SubmissionReceipt[] = [];
    for (const t of throws) {
      receipts.push(await this.submit(t));
    }
    return receipts;
  }
}

export function isScoringThrow(t: CaberThrow): boolean {
  return t.fault === undefined && t.clockPosition >= 9 && t.clockPosition <= 15;
}
