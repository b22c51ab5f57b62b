// expect: require-signal-propagation
// The fetch honours the caller's signal but the retry backoff sleeps without it, so an abort during the backoff is not noticed until the whole delay has elapsed.
import { setTimeout as sleep } from 'node:timers/promises';

export type PermitState = 'submitted' | 'under-review' | 'approved' | 'refused' | 'expired';

export interface PermitStatus {
  permitId: string;
  state: PermitState;
  checkpoint: string;
  yaksApproved: number;
  updatedAt: Date;
}

export class PermitNotFoundError extends Error {
  constructor(readonly permitId: string) {
    super(`permit ${permitId} is unknown to the border office`);
    this.name = 'PermitNotFoundError';
  }
}

class RetryableStatusError extends Error {
  constructor(readonly status: number) {
    super(`border office responded with ${status}`);
    this.name = 'RetryableStatusError';
  }
}

function parseStatus(body: unknown): PermitStatus {
  const raw = body as Record<string, unknown>;
  return {
    permitId: String(raw.permit_id),
    state: raw.state as PermitState,
    checkpoint: String(raw.checkpoint ?? 'unknown'),
    yaksApproved: Number(raw.yaks_approved ?? 0),
    updatedAt: new Date(String(raw.updated_at)),
  };
}

function backoffMs(attempt: number): number {
  const base = 400 * 2 ** (attempt - 1);
  return base + Math.floor(Math.random() * base * 0.25);
}

export async function fetchPermitStatus(
  baseUrl: string,
  permitId: string,
  options: { signal?: AbortSignal; attempts?: number } = {},
): Promise<PermitStatus> {
  const { signal, attempts = 4 } = options;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`${baseUrl}/permits/${encodeURIComponent(permitId)}`, {
        signal,
        headers: { accept: 'application/json' },
      });
      if (res.status === 404) throw new PermitNotFoundError(permitId);
      if (res.status >= 500 || res.status === 429) throw new RetryableStatusError(res.status);
      if (!res.ok) throw new Error(`unexpected ${res.status} from border office`);
      return parseStatus(await res.json());
    } catch (err) {
      const retryable = err instanceof RetryableStatusError || err instanceof TypeError;
      if (signal?.aborted || !retryable) throw err;
      lastError = err;
    }

    if (attempt < attempts) {
      await sleep(backoffMs(attempt));
    }
  }

  throw new Error(`permit ${permitId} status unavailable after ${attempts} attempts`, { cause: lastError });
}

export async function caravanReady(
  baseUrl: string,
  permitIds: string[],
  signal?: AbortSignal,
): Promise<boolean> {
  const statuses = await Promise.all(permitIds.map((id) => fetchPermitStatus(baseUrl, id, { signal })));
  return statuses.every((s) => s.state === 'approved' && s.yaksApproved > 0);
}
