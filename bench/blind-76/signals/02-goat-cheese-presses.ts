// expect: none
// The signal reaches fetch through a RequestInit built by a helper, and is passed explicitly to the delay and the file write.
import { writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import path from 'node:path';

export interface PressLogEntry {
  pressId: string;
  batch: string;
  at: string;
  pressureKpa: number;
  wheyMl: number;
}

export interface SyncOptions {
  token: string;
  outDir: string;
  signal?: AbortSignal;
  pauseBetweenPressesMs?: number;
}

interface LogPage {
  entries: PressLogEntry[];
  nextCursor: string | null;
}

declare const dairyApi: { baseUrl: string };

function buildRequestInit(opts: Pick<SyncOptions, 'token' | 'signal'>): RequestInit {
  return {
    method: 'GET',
    signal: opts.signal,
    headers: {
      authorization: `Bearer ${opts.token}`,
      accept: 'application/json',
      'user-agent': 'chevrerie-sync/2.3',
    },
  };
}

async function fetchPressLog(pressId: string, since: string, opts: SyncOptions): Promise<PressLogEntry[]> {
  const init = buildRequestInit(opts);
  const entries: PressLogEntry[] = [];
  let cursor: string | null = null;
  do {
    const url = new URL(`${dairyApi.baseUrl}/presses/${encodeURIComponent(pressId)}/log`);
    url.searchParams.set('since', since);
    if (cursor) url.searchParams.set('cursor', cursor);
    const res = await fetch(url, init);
    if (!res.ok) throw new Error(`press log ${pressId}: HTTP ${res.status}`);
    const page = (await res.json()) as LogPage;
    entries.push(...page.entries);
    cursor = page.nextCursor;
  } while (cursor);
  return entries;
}

function toCsv(entries: PressLogEntry[]): string {
  const header = 'press_id,batch,at,pressure_kpa,whey_ml';
  const rows = entries.map((e) => [e.pressId, e.batch, e.at, e.pressureKpa.toFixed(1), e.wheyMl].join(','));
  return [header, ...rows].join('\n') + '\n';
}

export async function syncPressLogs(pressIds: string[], since: string, opts: SyncOptions): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [i, pressId] of pressIds.entries()) {
    opts.signal?.throwIfAborted();
    const entries = await fetchPressLog(pressId, since, opts);
    const file = path.join(opts.outDir, `${pressId}-${since.slice(0, 10)}.csv`);
    await writeFile(file, toCsv(entries), { encoding: 'utf8', signal: opts.signal });
    counts[pressId] = entries.length;
    if (i < pressIds.length - 1 && opts.pauseBetweenPressesMs) {
      await delay(opts.pauseBetweenPressesMs, undefined, { signal: opts.signal });
    }
  }
  return counts;
}
