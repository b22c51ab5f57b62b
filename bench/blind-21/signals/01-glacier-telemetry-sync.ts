// expect: require-signal-propagation
// The follow-up page fetch inside the cursor loop omits options.signal, so an in-flight page request keeps running after the sync is cancelled.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Reading {
  stationId: string;
  sensor: 'ablation' | 'air_temp' | 'borehole_temp' | 'gps_uplift';
  at: string;
  value: number;
}

interface TelemetryPage {
  readings: Reading[];
  next?: string;
}

export interface SyncOptions {
  baseUrl: string;
  token: string;
  since: Date;
  signal?: AbortSignal;
  /** The station uplink is satellite-backed; be gentle between pages. */
  pageDelayMs?: number;
  maxPages?: number;
}

export class TelemetryHttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`Telemetry endpoint ${url} responded ${status}`);
    this.name = 'TelemetryHttpError';
  }
}

function authHeaders(token: string): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    accept: 'application/json',
    'x-client': 'glacier-sync/2.4',
  };
}

async function readPage(res: Response): Promise<TelemetryPage> {
  if (!res.ok) throw new TelemetryHttpError(res.status, res.url);
  const body = (await res.json()) as TelemetryPage;
  return { readings: body.readings ?? [], next: body.next };
}

export async function pullStationReadings(stationId: string, options: SyncOptions): Promise<Reading[]> {
  const headers = authHeaders(options.token);
  const url = new URL(`/v1/stations/${encodeURIComponent(stationId)}/readings`, options.baseUrl);
  url.searchParams.set('since', options.since.toISOString());
  url.searchParams.set('limit', '500');

  const first = await readPage(await fetch(url, { headers, signal: options.signal }));
  const collected: Reading[] = [...first.readings];

  let cursor = first.next;
  let pages = 1;
  const maxPages = options.maxPages ?? 200;

  while (cursor && pages < maxPages) {
    await sleep(options.pageDelayMs ?? 250, undefined, { signal: options.signal });
    const res = await fetch(new URL(cursor, options.baseUrl), { headers });
    const page = await readPage(res);
    collected.push(...page.readings);
    cursor = page.next;
    pages++;
  }

  if (cursor) {
    console.warn(`station ${stationId}: stopped after ${pages} pages, more data pending`);
  }
  return collected;
}

export function summariseAblation(readings: Reading[]): { count: number; meanMm: number } {
  const ablation = readings.filter((r) => r.sensor === 'ablation');
  const total = ablation.reduce((sum, r) => sum + r.value, 0);
  return { count: ablation.length, meanMm: ablation.length ? total / ablation.length : 0 };
}
