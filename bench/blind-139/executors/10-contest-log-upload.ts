// expect: no-multiple-settle
// On an HTTP error status the 'end' listener throws instead of calling reject, so the exception escapes the event callback and the upload promise never settles.
import { request } from 'node:http';
import { readFile } from 'node:fs/promises';

export interface ContestSubmission {
  callsign: string;
  contest: string;
  category: string;
  cabrilloPath: string;
}

export interface UploadReceipt {
  logId: string;
  qsoCount: number;
  claimedScore: number;
}

export interface RobotOptions {
  host: string;
  port?: number;
  path?: string;
}

function isReceipt(value: unknown): value is UploadReceipt {
  const v = value as UploadReceipt;
  return typeof v?.logId === 'string' && typeof v.qsoCount === 'number';
}

export async function uploadLog(sub: ContestSubmission, opts: RobotOptions): Promise<UploadReceipt> {
  const cabrillo = await readFile(sub.cabrilloPath, 'utf8');
  if (!cabrillo.startsWith('START-OF-LOG:')) {
    throw new Error(`${sub.cabrilloPath} is not a Cabrillo file`);
  }
  const body = Buffer.from(cabrillo, 'utf8');

  return new Promise<UploadReceipt>((resolve, reject) => {
    const req = request(
      {
        host: opts.host,
        port: opts.port ?? 80,
        path: opts.path ?? `/robot/${encodeURIComponent(sub.contest)}`,
        method: 'POST',
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          'content-length': body.length,
          'x-callsign': sub.callsign,
          'x-category': sub.category,
        },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => { raw += chunk; });
        res.on('error', reject);
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 400) {
            throw new Error(`log robot rejected ${sub.callsign}: HTTP ${status} ${raw.slice(0, 200)}`);
          }
          try {
            const parsed: unknown = JSON.parse(raw);
            if (!isReceipt(parsed)) {
              reject(new Error('log robot returned an unexpected receipt'));
              return;
            }
            resolve(parsed);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error('log robot timed out')));
    req.end(body);
  });
}

export async function uploadClubLogs(subs: readonly ContestSubmission[], opts: RobotOptions): Promise<number> {
  let claimed = 0;
  for (const sub of subs) {
    const receipt = await uploadLog(sub, opts);
    claimed += receipt.claimedScore;
  }
  return claimed;
}
