// expect: no-multiple-settle
// The executor is async and awaits exportFindings() before wiring resolve/reject, so if the export rejects the rejection escapes the executor and the returned promise never settles.
import http from 'node:http';

export interface Finding {
  fieldNumber: string;
  grid: string;
  depthCm: number;
  taxon?: string;
  notes: string;
}

export interface DigSite {
  readonly code: string;
  exportFindings(): Promise<Finding[]>;
}

export interface UploadReceipt {
  site: string;
  accepted: number;
  batchId: string;
}

export function uploadFindings(site: DigSite, endpoint: URL): Promise<UploadReceipt> {
  return new Promise<UploadReceipt>(async (resolve, reject) => {
    const body = JSON.stringify({ site: site.code, findings: await site.exportFindings() });

    const req = http.request(
      endpoint,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 201) {
            reject(new Error(`museum archive rejected ${site.code}: ${res.statusCode} ${text.slice(0, 200)}`));
            return;
          }
          try {
            const parsed = JSON.parse(text) as { accepted: number; batchId: string };
            resolve({ site: site.code, accepted: parsed.accepted, batchId: parsed.batchId });
          } catch (err) {
            reject(err);
          }
        });
      },
    );

    req.on('error', reject);
    req.end(body);
  });
}

export async function uploadSeason(sites: readonly DigSite[], endpoint: URL): Promise<UploadReceipt[]> {
  const receipts: UploadReceipt[] = [];
  for (const site of sites) {
    receipts.push(await uploadFindings(site, endpoint));
  }
  return receipts;
}
