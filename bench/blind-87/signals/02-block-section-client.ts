// expect: none
// The catch turns only its own per-attempt timeout into a domain error and retries it; when the caller's signal is aborted the original error is rethrown, and the backoff sleep takes the caller's signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BlockGrant {
  section: string;
  token: string;
  grantedBy: string;
  expiresAt: string;
}

export class BlockTimeoutError extends Error {
  constructor(
    readonly section: string,
    readonly afterMs: number,
  ) {
    super(`no answer from the next box for section ${section} after ${afterMs}ms`);
  }
}

const TOKEN_SERVER = process.env.TOKEN_SERVER ?? 'https://tokens.signalbox.example';

async function requestBlockOnce(
  section: string,
  train: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<BlockGrant> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await fetch(`${TOKEN_SERVER}/sections/${section}/block`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ train, requestedAt: new Date().toISOString() }),
      signal: combined,
    });
    if (res.status === 409) throw new Error(`section ${section} is occupied`);
    if (!res.ok) throw new Error(`token server answered ${res.status}`);
    return (await res.json()) as BlockGrant;
  } catch (err) {
    if (signal?.aborted) throw err;
    if (timeout.aborted) throw new BlockTimeoutError(section, timeoutMs);
    throw err;
  }
}

export async function requestBlock(
  section: string,
  train: string,
  opts: { signal?: AbortSignal; timeoutMs?: number; attempts?: number } = {},
): Promise<BlockGrant> {
  const attempts = opts.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestBlockOnce(section, train, opts.signal, opts.timeoutMs ?? 5_000);
    } catch (err) {
      if (!(err instanceof BlockTimeoutError) || attempt >= attempts) throw err;
      console.warn(`[box] ${err.message}; retrying (${attempt}/${attempts})`);
      await sleep(250 * 2 ** attempt, undefined, { signal: opts.signal });
    }
  }
}

export async function offerTrainForward(train: string, sections: string[], signal?: AbortSignal) {
  const grants: BlockGrant[] = [];
  for (const section of sections) {
    grants.push(await requestBlock(section, train, { signal }));
  }
  return grants;
}
