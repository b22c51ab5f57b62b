// expect: none
// The caller's signal is combined with a per-request timeout via AbortSignal.any and passed to every fetch, and the backoff sleep takes the same signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface AgingRecord {
  wheelId: string;
  make: string;
  enteredCave: string;
  monthsAged: number;
  lastGrade?: string;
}

export interface ExportOptions {
  endpoint: string;
  apiKey: string;
  signal: AbortSignal;
  requestTimeoutMs?: number;
  maxAttempts?: number;
}

declare const caveDb: { agingRecords(since: Date): Promise<AgingRecord[]> };

function isRetryable(status: number): boolean {
  return status === 429 || status >= 500;
}

async function postChunk(records: AgingRecord[], opts: ExportOptions): Promise<void> {
  const attempts = opts.maxAttempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${opts.endpoint}/v1/aging-records`, {
      method: 'POST',
      headers: { 'x-api-key': opts.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ records }),
      signal: AbortSignal.any([opts.signal, AbortSignal.timeout(opts.requestTimeoutMs ?? 20_000)]),
    });
    if (res.ok) return;
    if (!isRetryable(res.status) || attempt >= attempts) {
      throw new Error(`export rejected with ${res.status}: ${await res.text()}`);
    }
    const retryAfter = Number(res.headers.get('retry-after')) || 2 ** attempt;
    await sleep(retryAfter * 1_000, undefined, { signal: opts.signal });
  }
}

export async function exportToCooperative(since: Date, opts: ExportOptions): Promise<number> {
  const records = await caveDb.agingRecords(since);
  const chunkSize = 250;
  let sent = 0;
  for (let i = 0; i < records.length; i += chunkSize) {
    const chunk = records.slice(i, i + chunkSize);
    await postChunk(chunk, opts);
    sent += chunk.length;
  }
  return sent;
}

export function scheduleNightlyExport(opts: Omit<ExportOptions, 'signal'>): () => void {
  const controller = new AbortController();
  const run = () => {
    const since = new Date(Date.now() - 24 * 3_600_000);
    exportToCooperative(since, { ...opts, signal: controller.signal }).then(
      (n) => console.log(`[affinage] exported ${n} records`),
      (err) => {
        if (!controller.signal.aborted) console.error('[affinage] nightly export failed', err);
      },
    );
  };
  const timer = setInterval(run, 24 * 3_600_000);
  return () => {
    clearInterval(timer);
    controller.abort();
  };
}
