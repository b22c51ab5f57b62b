// expect: none
// The filing promise settles exactly once through a guarded finish helper reached from response end, response close, request error and the timeout.
import { request, type IncomingMessage } from 'node:http';

export interface QuotaFiling {
  zone: string;
  species: 'kelp' | 'dulse' | 'wrack' | 'nori';
  wetTonnes: number;
  harvestedOn: string;
}

export interface FilingReceipt {
  receiptId: string;
  acceptedTonnes: number;
  remainingQuota: number;
}

export interface UploadOptions {
  host: string;
  port?: number;
  token: string;
  timeoutMs?: number;
}

export function submitQuotaFiling(filing: QuotaFiling, opts: UploadOptions): Promise<FilingReceipt> {
  const body = JSON.stringify(filing);

  return new Promise<FilingReceipt>((resolve, reject) => {
    let done = false;
    let timer: NodeJS.Timeout | undefined;

    const finish = (err: Error | null, receipt?: FilingReceipt) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(receipt as FilingReceipt);
    };

    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (err) => finish(err));
      res.on('close', () => finish(new Error('quota registry closed the response early')));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 201) {
          finish(new Error(`filing for ${filing.zone} rejected (${res.statusCode}): ${text}`));
          return;
        }
        try {
          finish(null, JSON.parse(text) as FilingReceipt);
        } catch (err) {
          finish(err instanceof Error ? err : new Error(String(err)));
        }
      });
    };

    const req = request(
      {
        host: opts.host,
        port: opts.port ?? 80,
        path: '/v2/filings',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${opts.token}`,
        },
      },
      onResponse,
    );

    timer = setTimeout(() => {
      req.destroy(new Error(`quota registry did not answer within ${opts.timeoutMs ?? 10_000} ms`));
    }, opts.timeoutMs ?? 10_000);

    req.on('error', (err) => finish(err));
    req.end(body);
  });
}

export async function submitAll(filings: readonly QuotaFiling[], opts: UploadOptions): Promise<FilingReceipt[]> {
  const receipts: FilingReceipt[] = [];
  for (const filing of filings) {
    receipts.push(await submitQuotaFiling(filing, opts));
  }
  return receipts;
}
