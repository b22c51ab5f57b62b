// expect: none
// The caller's signal reaches the ledger query, every fetch and the retry sleep, so an abort interrupts whichever step is in progress.
import { setTimeout as sleep } from 'node:timers/promises';

export interface QuotaLedger {
  pendingLandings(opts: { since: Date; signal?: AbortSignal }): Promise<Array<{ id: string; bed: string; wetKg: number }>>;
  markSynced(ids: string[], opts?: { signal?: AbortSignal }): Promise<void>;
}

export interface SyncOptions {
  registryUrl: string;
  since: Date;
  retries?: number;
  signal?: AbortSignal;
}

export interface SyncResult {
  pushed: number;
  rejected: string[];
}

async function postWithRetry(url: string, body: unknown, retries: number, signal?: AbortSignal): Promise<Response> {
  let lastStatus = 0;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
    if (res.status < 500 && res.status !== 429) return res;
    lastStatus = res.status;
    if (attempt === retries) break;
    const retryAfter = Number(res.headers.get('retry-after') ?? '0') * 1000;
    await sleep(Math.max(retryAfter, 400 * 2 ** attempt), undefined, { signal });
  }
  throw new Error(`registry unavailable after ${retries + 1} attempts (last HTTP ${lastStatus})`);
}

export async function syncQuotaLedger(ledger: QuotaLedger, options: SyncOptions): Promise<SyncResult> {
  const { signal } = options;
  const retries = options.retries ?? 3;
  const landings = await ledger.pendingLandings({ since: options.since, signal });
  if (landings.length === 0) return { pushed: 0, rejected: [] };

  const accepted: string[] = [];
  const rejected: string[] = [];
  for (let i = 0; i < landings.length; i += 50) {
    const chunk = landings.slice(i, i + 50);
    const res = await postWithRetry(`${options.registryUrl}/landings`, { landings: chunk }, retries, signal);
    if (!res.ok) {
      throw new Error(`registry refused chunk ${i / 50}: HTTP ${res.status}`);
    }
    const body = (await res.json()) as { accepted: string[]; rejected: string[] };
    accepted.push(...body.accepted);
    rejected.push(...body.rejected);
  }

  await ledger.markSynced(accepted, { signal });
  return { pushed: accepted.length, rejected };
}
