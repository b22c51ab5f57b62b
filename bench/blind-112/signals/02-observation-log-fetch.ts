// expect: none
// The caller's signal is handed to every fetch and to the backoff sleep, and an abort is rethrown untouched instead of being retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ObservationLogEntry {
  scanId: string;
  source: string;
  frequencyMhz: number;
  integrationSec: number;
  rfiFlagged: boolean;
}

export interface LogPage {
  entries: ObservationLogEntry[];
  next?: string;
}

export interface FetchLogOptions {
  signal?: AbortSignal;
  pageSize?: number;
  retryDelayMs?: number;
}

async function getPage(url: URL, signal: AbortSignal | undefined): Promise<LogPage> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (res.status === 503) {
    throw Object.assign(new Error('archive temporarily unavailable'), { retryable: true });
  }
  if (!res.ok) throw new Error(`observation archive answered ${res.status}`);
  return (await res.json()) as LogPage;
}

export async function fetchSessionLog(
  archiveUrl: string,
  sessionId: string,
  options: FetchLogOptions = {},
): Promise<ObservationLogEntry[]> {
  const { signal, pageSize = 200, retryDelayMs = 2000 } = options;
  const entries: ObservationLogEntry[] = [];
  let cursor: string | undefined;

  do {
    const url = new URL(`/sessions/${encodeURIComponent(sessionId)}/log`, archiveUrl);
    url.searchParams.set('limit', String(pageSize));
    if (cursor) url.searchParams.set('cursor', cursor);

    let page: LogPage | undefined;
    for (let attempt = 0; page === undefined; attempt++) {
      try {
        page = await getPage(url, signal);
      } catch (err) {
        const retryable = (err as { retryable?: boolean }).retryable === true;
        if (!retryable || attempt >= 3) throw err;
        await sleep(retryDelayMs * (attempt + 1), undefined, { signal });
      }
    }

    entries.push(...page.entries);
    cursor = page.next;
  } while (cursor);

  return entries;
}

export function totalIntegrationHours(entries: ObservationLogEntry[]): number {
  const seconds = entries.filter((e) => !e.rfiFlagged).reduce((sum, e) => sum + e.integrationSec, 0);
  return seconds / 3600;
}
