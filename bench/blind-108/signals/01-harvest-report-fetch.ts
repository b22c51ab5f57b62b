// expect: require-signal-propagation
// The retry loop passes the signal to fetch but waits out the backoff with sleep(delay) and no signal, so cancelling the dashboard request still leaves it parked for up to 16 seconds before the next fetch notices the abort.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HarvestRow {
  field: string;
  cultivar: string;
  cutDate: string;
  freshKg: number;
  moisturePct: number;
}

export interface HarvestReport {
  season: number;
  rows: HarvestRow[];
  generatedAt: string;
}

export interface FetchReportOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

export class ReportUnavailable extends Error {
  constructor(readonly status: number, readonly season: number) {
    super(`harvest report for ${season} unavailable (HTTP ${status})`);
    this.name = 'ReportUnavailable';
  }
}

const RETRYABLE = new Set([429, 502, 503, 504]);

export async function fetchHarvestReport(
  baseUrl: string,
  season: number,
  { signal, attempts = 5, baseDelayMs = 1_000 }: FetchReportOptions = {},
): Promise<HarvestReport> {
  const url = new URL(`/api/harvest/${season}`, baseUrl);
  let lastStatus = 0;

  for (let attempt = 0; attempt < attempts; attempt++) {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (res.ok) {
      return (await res.json()) as HarvestReport;
    }
    lastStatus = res.status;
    await res.body?.cancel();
    if (!RETRYABLE.has(res.status)) break;

    const retryAfter = Number(res.headers.get('retry-after'));
    const delay = Number.isFinite(retryAfter) && retryAfter > 0
      ? retryAfter * 1000
      : baseDelayMs * 2 ** attempt;
    await sleep(Math.min(delay, 16_000));
  }

  throw new ReportUnavailable(lastStatus, season);
}

export function totalsByCultivar(report: HarvestReport): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of report.rows) {
    const dryKg = row.freshKg * (1 - row.moisturePct / 100);
    totals.set(row.cultivar, (totals.get(row.cultivar) ?? 0) + dryKg);
  }
  return totals;
}
