// expect: none
// The poller hands its AbortSignal to every fetch and to the timers/promises backoff sleep, and checks it before each round, so aborting stops both the request in flight and the wait between polls.
import { setTimeout as sleep } from 'node:timers/promises';

export interface OfficialTime {
  bib: number;
  driver: string;
  classRecord: boolean;
  mph: number;
  certifiedAt: string | null;
}

export interface PollOptions {
  signal: AbortSignal;
  intervalMs?: number;
  onUpdate?: (times: OfficialTime[]) => void;
}

const RESULTS_URL = 'https://timing.example-saltweek.test/api/results';

async function fetchResults(meet: string, etag: string | null, signal: AbortSignal): Promise<{ etag: string | null; times: OfficialTime[] | null }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (etag) headers['if-none-match'] = etag;
  const res = await fetch(`${RESULTS_URL}?meet=${encodeURIComponent(meet)}`, { headers, signal });
  if (res.status === 304) return { etag, times: null };
  if (!res.ok) throw new Error(`results HTTP ${res.status}`);
  const times = (await res.json()) as OfficialTime[];
  return { etag: res.headers.get('etag'), times };
}

export async function pollCertifiedTimes(meet: string, opts: PollOptions): Promise<OfficialTime[]> {
  const { signal, intervalMs = 20_000, onUpdate } = opts;
  let etag: string | null = null;
  let latest: OfficialTime[] = [];
  let failures = 0;

  while (true) {
    signal.throwIfAborted();
    try {
      const r = await fetchResults(meet, etag, signal);
      failures = 0;
      if (r.times) {
        etag = r.etag;
        latest = r.times;
        onUpdate?.(latest);
      }
      if (latest.length > 0 && latest.every((t) => t.certifiedAt !== null)) {
        return latest;
      }
    } catch (err) {
      if (signal.aborted) throw err;
      failures++;
      if (failures >= 5) throw new Error(`results feed down after ${failures} attempts`, { cause: err });
    }
    await sleep(intervalMs * Math.min(2 ** failures, 8), undefined, { signal });
  }
}

export function newRecords(times: OfficialTime[]): string[] {
  return times.filter((t) => t.classRecord && t.certifiedAt).map((t) => `#${t.bib} ${t.driver} ${t.mph.toFixed(3)} mph`);
}
