// expect: no-multiple-settle
// On a non-201 reply the response callback rejects but does not return, so the drained body still reaches the 'end' handler, which resolves (or rejects again) on the same promise.
import { request } from 'node:https';
import { gzipSync } from 'node:zlib';

export interface CatchEntry {
  haulNo: number;
  species: string;
  kg: number;
  ices: string;
  landedAt: string;
}

export interface CatchLog {
  vessel: string;
  trip: string;
  entries: CatchEntry[];
}

export interface UploadReceipt {
  id: string;
  acceptedEntries: number;
}

export class CatchLogRejected extends Error {
  constructor(readonly status: number, readonly trip: string) {
    super(`fisheries portal rejected trip ${trip} with HTTP ${status}`);
    this.name = 'CatchLogRejected';
  }
}

function parseReceipt(text: string): UploadReceipt {
  const body = JSON.parse(text) as Partial<UploadReceipt>;
  if (typeof body.id !== 'string' || typeof body.acceptedEntries !== 'number') {
    throw new Error('malformed receipt from fisheries portal');
  }
  return { id: body.id, acceptedEntries: body.acceptedEntries };
}

export function uploadCatchLog(portal: URL, token: string, log: CatchLog): Promise<UploadReceipt> {
  const payload = gzipSync(JSON.stringify(log));

  return new Promise<UploadReceipt>((resolve, reject) => {
    const req = request(
      new URL(`/v2/vessels/${encodeURIComponent(log.vessel)}/trips`, portal),
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': payload.length,
        },
      },
      (res) => {
        if (res.statusCode !== 201) {
          res.resume();
          reject(new CatchLogRejected(res.statusCode ?? 0, log.trip));
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(parseReceipt(Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            reject(err as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export function totalsBySpecies(log: CatchLog): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of log.entries) {
    totals.set(entry.species, (totals.get(entry.species) ?? 0) + entry.kg);
  }
  return totals;
}
