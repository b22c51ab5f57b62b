// expect: none
// Each page fetch gets AbortSignal.any() of the caller's signal and a per-request timeout, and the pause between pages is a timers/promises sleep that also receives the caller's signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AlertRecord {
  id: string;
  issuedAt: string;
  region: string;
  kp: number;
  cloudCoverPct: number;
}

interface AlertPage {
  records: AlertRecord[];
  nextCursor: string | null;
}

export interface ArchiveQuery {
  region: string;
  from: string;
  to: string;
  minKp?: number;
}

export class AuroraArchive {
  constructor(
    private readonly baseUrl: string,
    private readonly pageTimeoutMs = 10_000,
    private readonly pauseMs = 250,
  ) {}

  private async fetchPage(query: ArchiveQuery, cursor: string | null, signal: AbortSignal): Promise<AlertPage> {
    const url = new URL(`${this.baseUrl}/alerts`);
    url.searchParams.set('region', query.region);
    url.searchParams.set('from', query.from);
    url.searchParams.set('to', query.to);
    if (query.minKp !== undefined) url.searchParams.set('minKp', String(query.minKp));
    if (cursor) url.searchParams.set('cursor', cursor);

    const res = await fetch(url, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(this.pageTimeoutMs)]),
    });
    if (!res.ok) throw new Error(`aurora archive page failed: HTTP ${res.status}`);
    return (await res.json()) as AlertPage;
  }

  async *alerts(query: ArchiveQuery, signal: AbortSignal): AsyncGenerator<AlertRecord> {
    let cursor: string | null = null;
    do {
      const page: AlertPage = await this.fetchPage(query, cursor, signal);
      yield* page.records;
      cursor = page.nextCursor;
      if (cursor) await sleep(this.pauseMs, undefined, { signal });
    } while (cursor);
  }

  async clearSkyHits(query: ArchiveQuery, signal: AbortSignal, maxCloudPct = 30): Promise<Map<string, number>> {
    const byMonth = new Map<string, number>();
    for await (const record of this.alerts(query, signal)) {
      if (record.cloudCoverPct > maxCloudPct) continue;
      const month = record.issuedAt.slice(0, 7);
      byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
    }
    return byMonth;
  }
}
