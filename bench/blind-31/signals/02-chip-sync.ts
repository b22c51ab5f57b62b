// expect: none
// The timeout race uses a local AbortController that cancels both the fetch and the timer in finally, so no loser keeps running.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SplitUpload {
  bib: number;
  chipId: string;
  checkpoint: string;
  gunTimeMs: number;
}

declare const resultsApi: {
  baseUrl: string;
  token: string;
};
declare const timingLog: { warn(msg: string, meta?: object): void };

export class SyncTimeout extends Error {
  constructor(readonly checkpoint: string, readonly ms: number) {
    super(`Syncing ${checkpoint} splits timed out after ${ms}ms`);
    this.name = 'SyncTimeout';
  }
}

async function postBatch(checkpoint: string, batch: SplitUpload[], timeoutMs: number, outer?: AbortSignal): Promise<number> {
  const local = new AbortController();
  const signal = outer ? AbortSignal.any([outer, local.signal]) : local.signal;

  const request = fetch(`${resultsApi.baseUrl}/checkpoints/${checkpoint}/splits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${resultsApi.token}` },
    body: JSON.stringify(batch),
    signal,
  }).then(async (res) => {
    if (!res.ok) throw new Error(`results API answered ${res.status}`);
    const body = (await res.json()) as { accepted: number };
    return body.accepted;
  });

  const timeout = sleep(timeoutMs, undefined, { signal }).then(() => {
    throw new SyncTimeout(checkpoint, timeoutMs);
  });

  try {
    return await Promise.race([request, timeout]);
  } finally {
    local.abort();
  }
}

export async function syncCheckpoint(
  checkpoint: string,
  splits: SplitUpload[],
  opts: { batchSize?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<{ accepted: number; failedBatches: number }> {
  const batchSize = opts.batchSize ?? 200;
  const timeoutMs = opts.timeoutMs ?? 8_000;
  let accepted = 0;
  let failedBatches = 0;

  const ordered = [...splits].sort((a, b) => a.gunTimeMs - b.gunTimeMs);
  for (let i = 0; i < ordered.length; i += batchSize) {
    const batch = ordered.slice(i, i + batchSize);
    try {
      accepted += await postBatch(checkpoint, batch, timeoutMs, opts.signal);
    } catch (err) {
      if (!(err instanceof SyncTimeout)) throw err;
      failedBatches++;
      timingLog.warn('split batch timed out, will resend on next sync', { checkpoint, from: batch[0]?.bib });
    }
  }
  return { accepted, failedBatches };
}
