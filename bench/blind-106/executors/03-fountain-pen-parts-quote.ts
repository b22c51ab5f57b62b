// expect: no-multiple-settle
// In the 'end' handler the ledger line is written after resolve inside the same try, so a quote without a numeric total throws into the catch and calls reject on the already-resolved promise, silently losing the ledger entry and the error.
import { request } from 'node:https';

export interface PartLine {
  sku: string;
  description: string;
  qty: number;
}

export interface PartsQuote {
  quoteId: string;
  supplier: string;
  lines: Array<PartLine & { unitPrice: number }>;
  total: number;
  currency: string;
}

export interface Ledger {
  write(line: string): void;
}

export function requestQuote(
  host: string,
  penModel: string,
  lines: PartLine[],
  ledger: Ledger,
): Promise<PartsQuote> {
  const payload = JSON.stringify({ penModel, lines });
  return new Promise<PartsQuote>((resolve, reject) => {
    const req = request(
      {
        host,
        path: '/v2/quotes',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
        timeout: 10_000,
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`${host} answered ${res.statusCode} for ${penModel}`));
          return;
        }
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.once('error', reject);
        res.once('end', () => {
          try {
            const quote = JSON.parse(body) as PartsQuote;
            resolve(quote);
            ledger.write(`${quote.quoteId}\t${penModel}\t${quote.total.toFixed(2)} ${quote.currency}`);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.once('timeout', () => req.destroy(new Error(`quote request to ${host} timed out`)));
    req.once('error', reject);
    req.end(payload);
  });
}

export async function cheapestQuote(
  hosts: string[],
  penModel: string,
  lines: PartLine[],
  ledger: Ledger,
): Promise<PartsQuote> {
  let best: PartsQuote | undefined;
  for (const host of hosts) {
    const quote = await requestQuote(host, penModel, lines, ledger);
    if (!best || quote.total < best.total) best = quote;
  }
  if (!best) throw new Error(`no suppliers configured for ${penModel}`);
  return best;
}
