// expect: no-multiple-settle
// The response handler settles only for 304, 200 and 5xx; any other status (401, 404, 429, a redirect) leaves the promise pending forever.
import { request } from 'node:https';
import type { IncomingMessage } from 'node:http';

export interface Sailing {
  sailingId: string;
  vessel: string;
  route: string;
  departs: string;
  berth: number;
  vehicleDeckFullPct: number;
  status: 'on-time' | 'delayed' | 'cancelled' | 'boarding';
}

interface CacheEntry {
  etag: string;
  sailings: Sailing[];
  fetchedAt: number;
}

export class TransientUpstreamError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'TransientUpstreamError';
  }
}

const OPERATOR_HOST = process.env.FERRY_API_HOST ?? 'api.harbourlines.example';
const cache = new Map<string, CacheEntry>();

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.once('error', reject);
  });
}

export function fetchDepartures(terminal: string, token: string): Promise<Sailing[]> {
  const cached = cache.get(terminal);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: OPERATOR_HOST,
        path: `/v2/terminals/${encodeURIComponent(terminal)}/departures`,
        method: 'GET',
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(cached ? { 'if-none-match': cached.etag } : {}),
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status === 304 && cached) {
          res.resume();
          cached.fetchedAt = Date.now();
          resolve(cached.sailings);
        } else if (status === 200) {
          readBody(res)
            .then((text) => {
              const sailings = (JSON.parse(text) as { sailings: Sailing[] }).sailings;
              const etag = res.headers.etag;
              if (etag) cache.set(terminal, { etag, sailings, fetchedAt: Date.now() });
              resolve(sailings);
            })
            .catch(reject);
        } else if (status >= 500) {
          res.resume();
          reject(new TransientUpstreamError(status, `departure board upstream returned ${status}`));
        }
      },
    );
    req.setTimeout(8_000, () => req.destroy(new Error(`departures for ${terminal} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

export function nextBoarding(sailings: Sailing[], now = new Date()): Sailing | undefined {
  return sailings
    .filter((s) => s.status !== 'cancelled' && new Date(s.departs) >= now)
    .sort((a, b) => a.departs.localeCompare(b.departs))[0];
}
