// expect: no-multiple-settle
// The response callback throws on a non-200 status; that throw happens asynchronously outside the executor, so it crashes the process instead of rejecting and the promise never settles.
import https from 'node:https';

export interface TreatmentRecord {
  accession: string;
  title: string;
  binding: 'cloth' | 'leather' | 'paper' | 'vellum';
  treatments: { date: string; conservator: string; action: string }[];
}

export interface RecordsClientOptions {
  host: string;
  token: string;
  timeoutMs?: number;
}

export class ConservationRecords {
  constructor(private readonly opts: RecordsClientOptions) {}

  get(accession: string): Promise<TreatmentRecord> {
    const { host, token, timeoutMs = 10_000 } = this.opts;
    return new Promise<TreatmentRecord>((resolve, reject) => {
      const req = https.get(
        {
          host,
          path: `/api/v2/records/${encodeURIComponent(accession)}`,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          timeout: timeoutMs,
        },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            throw new Error(`records API returned ${res.statusCode} for ${accession}`);
          }
          res.setEncoding('utf8');
          let body = '';
          res.on('data', (chunk: string) => (body += chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              resolve(JSON.parse(body) as TreatmentRecord);
            } catch (err) {
              reject(err);
            }
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`records API timed out after ${timeoutMs}ms`)));
      req.on('error', reject);
    });
  }

  async needsRebinding(accession: string): Promise<boolean> {
    const record = await this.get(accession);
    const lastSewing = record.treatments
      .filter((t) => /resew|rebind|sewing/i.test(t.action))
      .map((t) => Date.parse(t.date))
      .sort((a, b) => b - a)[0];
    if (lastSewing === undefined) return record.binding === 'leather';
    const years = (Date.now() - lastSewing) / (365.25 * 24 * 3600 * 1000);
    return years > 40;
  }
}

export async function buildMendingQueue(client: ConservationRecords, accessions: string[]) {
  const queue: string[] = [];
  for (const acc of accessions) {
    if (await client.needsRebinding(acc)) queue.push(acc);
  }
  return queue;
}
