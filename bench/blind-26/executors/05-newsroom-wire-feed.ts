// expect: none
// The non-200 branch returns right after reject, JSON parsing is wrapped in try/catch, and request/response errors and timeouts all reject.
import { get } from 'node:https';

export interface WireFeed {
  agency: string;
  endpoint: string;
  apiKey: string;
}

export interface WireItem {
  id: string;
  agency: string;
  slug: string;
  headline: string;
  priority: 'flash' | 'urgent' | 'routine';
  filedAt: Date;
}

export class WireFeedError extends Error {
  constructor(
    readonly agency: string,
    readonly status: number,
    bodyPreview: string,
  ) {
    super(`${agency} wire returned HTTP ${status}: ${bodyPreview}`);
  }
}

export function fetchWireItems(feed: WireFeed, since: Date, signal?: AbortSignal): Promise<WireItem[]> {
  return new Promise((resolve, reject) => {
    const url = new URL(feed.endpoint);
    url.searchParams.set('since', since.toISOString());

    const req = get(
      url,
      { headers: { authorization: `Bearer ${feed.apiKey}`, accept: 'application/json' }, timeout: 8_000, signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) {
            reject(new WireFeedError(feed.agency, res.statusCode ?? 0, body.slice(0, 200)));
            return;
          }
          try {
            resolve(parseItems(feed.agency, JSON.parse(body)));
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${feed.agency} wire timed out`)));
    req.on('error', reject);
  });
}

function parseItems(agency: string, payload: unknown): WireItem[] {
  if (!payload || typeof payload !== 'object' || !Array.isArray((payload as { items?: unknown }).items)) {
    throw new TypeError(`${agency} wire payload has no items array`);
  }
  return (payload as { items: Record<string, string>[] }).items.map((raw) => ({
    id: raw.guid,
    agency,
    slug: raw.slug?.toUpperCase() ?? 'UNSLUGGED',
    headline: raw.headline ?? '',
    priority: raw.priority === 'flash' || raw.priority === 'urgent' ? raw.priority : 'routine',
    filedAt: new Date(raw.filed),
  }));
}

export async function pollAllWires(feeds: WireFeed[], since: Date): Promise<WireItem[]> {
  const controller = new AbortController();
  const settled = await Promise.allSettled(feeds.map((f) => fetchWireItems(f, since, controller.signal)));
  const items: WireItem[] = [];
  for (const [i, outcome] of settled.entries()) {
    if (outcome.status === 'fulfilled') items.push(...outcome.value);
    else console.warn(`wire ${feeds[i].agency} skipped:`, outcome.reason);
  }
  return items.sort((a, b) => b.filedAt.getTime() - a.filedAt.getTime());
}
