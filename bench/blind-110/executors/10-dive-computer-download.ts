// expect: no-multiple-settle
// On a 304 Not Modified reply the callback drains the response and returns without resolving with the cached dives, so downloadDives() hangs whenever nothing new was logged since the last sync.
import { get, type IncomingMessage } from 'node:http';

export interface DiveRecord {
  diveNo: number;
  site: string;
  maxDepthM: number;
  runtimeMin: number;
  gas: string;
  penetrationM: number;
}

interface CachedLog {
  etag: string;
  dives: DiveRecord[];
}

const cache = new Map<string, CachedLog>();
const lastChecked = new Map<string, number>();

export function downloadDives(bridgeUrl: string, serial: string): Promise<DiveRecord[]> {
  const cached = cache.get(serial);
  const url = new URL(`/computers/${encodeURIComponent(serial)}/dives`, bridgeUrl);
  const headers: Record<string, string> = cached ? { 'if-none-match': cached.etag } : {};

  return new Promise<DiveRecord[]>((resolve, reject) => {
    const req = get(url, { headers }, (res: IncomingMessage) => {
      if (res.statusCode === 304 && cached) {
        res.resume();
        lastChecked.set(serial, Date.now());
        return;
      }
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`dive computer bridge answered ${res.statusCode} for ${serial}`));
        return;
      }
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('error', reject);
      res.on('end', () => {
        try {
          const dives = JSON.parse(body) as DiveRecord[];
          const etag = res.headers.etag;
          if (etag) cache.set(serial, { etag, dives });
          lastChecked.set(serial, Date.now());
          resolve(dives);
        } catch (err) {
          reject(err);
        }
      });
    });
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`timed out talking to ${url.host}`)));
  });
}

export interface LogSummary {
  dives: number;
  deepestM: number;
  totalRuntimeH: number;
  longestPenetrationM: number;
  sites: string[];
}

export function summarize(dives: DiveRecord[]): LogSummary {
  return {
    dives: dives.length,
    deepestM: Math.max(0, ...dives.map((d) => d.maxDepthM)),
    totalRuntimeH: Math.round((dives.reduce((t, d) => t + d.runtimeMin, 0) / 60) * 10) / 10,
    longestPenetrationM: Math.max(0, ...dives.map((d) => d.penetrationM)),
    sites: [...new Set(dives.map((d) => d.site))].sort(),
  };
}

export async function syncAll(bridgeUrl: string, serials: string[]): Promise<Map<string, LogSummary>> {
  const out = new Map<string, LogSummary>();
  for (const serial of serials) {
    out.set(serial, summarize(await downloadDives(bridgeUrl, serial)));
  }
  return out;
}
