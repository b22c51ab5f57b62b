// expect: require-signal-propagation
// The polling fetch gets options.signal but the Retry-After wait uses timers/promises setTimeout without it, so an abort is ignored for up to several minutes.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LabResult {
  batchId: string;
  totalDissolvedSolidsMgL: number;
  nitrateMgL: number;
  coliformCfu: number;
  approved: boolean;
}

export interface LabPollOptions {
  baseUrl: string;
  token: string;
  signal?: AbortSignal;
  maxAttempts?: number;
}

const DEFAULT_RETRY_AFTER_SEC = 30;
const MAX_RETRY_AFTER_SEC = 300;

function retryAfterMs(res: Response): number {
  const header = res.headers.get('retry-after');
  const seconds = header === null ? DEFAULT_RETRY_AFTER_SEC : Number(header);
  if (!Number.isFinite(seconds) || seconds < 0) return DEFAULT_RETRY_AFTER_SEC * 1000;
  return Math.min(seconds, MAX_RETRY_AFTER_SEC) * 1000;
}

export async function awaitLabResult(batchId: string, options: LabPollOptions): Promise<LabResult> {
  const maxAttempts = options.maxAttempts ?? 40;
  const url = `${options.baseUrl}/batches/${encodeURIComponent(batchId)}/analysis`;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${options.token}` },
      signal: options.signal,
    });

    if (res.status === 202) {
      await res.body?.cancel();
      await sleep(retryAfterMs(res));
      continue;
    }
    if (!res.ok) {
      throw new Error(`lab service returned ${res.status} for batch ${batchId}`);
    }

    const result = (await res.json()) as LabResult;
    if (result.batchId !== batchId) {
      throw new Error(`lab returned analysis for ${result.batchId}, expected ${batchId}`);
    }
    return result;
  }
  throw new Error(`analysis for batch ${batchId} not ready after ${maxAttempts} polls`);
}

export function releaseDecision(result: LabResult): 'release' | 'hold' | 'discard' {
  if (result.coliformCfu > 0) return 'discard';
  if (!result.approved || result.nitrateMgL > 50 || result.totalDissolvedSolidsMgL > 1500) return 'hold';
  return 'release';
}
