// expect: none
// The http.request executor returns right after rejecting a bad status, resolves only as the last statement of the try once JSON.parse has succeeded, and routes request, response and timeout failures to reject, so every path settles exactly once.
import http from 'node:http';

export interface ResaleQuote {
  listingId: string;
  section: string;
  seat: string;
  askCents: number;
  faceCents: number;
}

export interface QuoteClientOptions {
  host: string;
  port: number;
  timeoutMs: number;
}

export class ResaleQuoteClient {
  constructor(private readonly opts: QuoteClientOptions) {}

  getQuote(listingId: string): Promise<ResaleQuote> {
    return new Promise<ResaleQuote>((resolve, reject) => {
      const req = http.request(
        {
          host: this.opts.host,
          port: this.opts.port,
          path: `/listings/${encodeURIComponent(listingId)}/quote`,
          method: 'GET',
          headers: { accept: 'application/json' },
        },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            reject(new Error(`quote ${listingId}: HTTP ${res.statusCode ?? 'unknown'}`));
            return;
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const quote = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ResaleQuote;
              resolve(quote);
            } catch (err) {
              reject(err);
            }
          });
        },
      );
      req.setTimeout(this.opts.timeoutMs, () => {
        req.destroy(new Error(`quote ${listingId} timed out after ${this.opts.timeoutMs}ms`));
      });
      req.on('error', reject);
      req.end();
    });
  }
}

export function markupPercent(quote: ResaleQuote): number {
  if (quote.faceCents <= 0) return 0;
  return Math.round(((quote.askCents - quote.faceCents) / quote.faceCents) * 1000) / 10;
}

// The big top caps resale at 20% over face; anything above that gets reported.
export async function findOverpriced(client: ResaleQuoteClient, listingIds: string[]): Promise<ResaleQuote[]> {
  const quotes = await Promise.all(listingIds.map((id) => client.getQuote(id)));
  return quotes.filter((q) => markupPercent(q) > 20);
}
