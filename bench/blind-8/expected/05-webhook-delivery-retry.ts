// expect: none
// deliverWithRetry receives a factory and calls attempt() on every iteration, so each retry sends a fresh signed POST instead of re-awaiting the first failed one.
import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
}

class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    url: string,
  ) {
    super(`POST ${url} -> ${status}`);
  }
}

function sign(secret: string, ts: number, payload: string): string {
  return createHmac('sha256', secret).update(`${ts}.${payload}`).digest('hex');
}

async function deliverWithRetry<T>(
  attempt: () => Promise<T>,
  opts: { maxAttempts: number; baseMs: number; signal: AbortSignal },
): Promise<{ value: T; attempts: number }> {
  for (let n = 1; ; n++) {
    try {
      const value = await attempt();
      return { value, attempts: n };
    } catch (err) {
      const retriable = err instanceof HttpStatusError ? err.status >= 500 || err.status === 429 : !opts.signal.aborted;
      if (n >= opts.maxAttempts || !retriable) throw err;
      await sleep(opts.baseMs * 2 ** (n - 1), undefined, { signal: opts.signal });
    }
  }
}

export async function sendEvent(
  endpoint: WebhookEndpoint,
  event: { id: string; type: string; data: unknown },
  signal: AbortSignal,
): Promise<{ status: number; attempts: number }> {
  const payload = JSON.stringify(event);
  const { value: status, attempts } = await deliverWithRetry(
    async () => {
      const ts = Math.floor(Date.now() / 1000);
      const res = await fetch(endpoint.url, {
        method: 'POST',
        body: payload,
        signal,
        headers: {
          'content-type': 'application/json',
          'x-webhook-signature': `t=${ts},v1=${sign(endpoint.secret, ts, payload)}`,
        },
      });
      await res.body?.cancel();
      if (!res.ok) throw new HttpStatusError(res.status, endpoint.url);
      return res.status;
    },
    { maxAttempts: 5, baseMs: 500, signal },
  );
  console.info(`[webhooks] ${event.type} ${event.id} -> ${endpoint.id} (${status}, ${attempts} attempt(s))`);
  return { status, attempts };
}
