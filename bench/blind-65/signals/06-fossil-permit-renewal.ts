// expect: none
// The retry loop rethrows AbortError untouched and passes the signal to both the request and the backoff sleep.
import { setTimeout as sleep } from 'node:timers/promises';
import { createInterface } from 'node:readline/promises';

export interface RenewalRequest {
  permitId: string;
  siteCode: string;
  extendDays: number;
  justification: string;
  findsSinceLastRenewal: number;
}

export interface RenewalDecision {
  permitId: string;
  status: 'approved' | 'referred' | 'denied';
  newExpiry?: string;
  reviewer?: string;
}

declare const HERITAGE_API: string;
declare const permitLog: { warn(msg: string, data?: Record<string, unknown>): void };

class RetryableStatus extends Error {
  constructor(readonly status: number) {
    super(`heritage registry answered ${status}`);
    this.name = 'RetryableStatus';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function submitRenewal(
  request: RenewalRequest,
  { signal, attempts = 4 }: { signal: AbortSignal; attempts?: number },
): Promise<RenewalDecision> {
  let lastError: unknown;

  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const res = await fetch(`${HERITAGE_API}/permits/${request.permitId}/renewals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
        signal,
      });
      if (res.status === 429 || res.status >= 500) throw new RetryableStatus(res.status);
      if (!res.ok) throw new Error(`Renewal for ${request.permitId} refused: ${res.status} ${await res.text()}`);
      return (await res.json()) as RenewalDecision;
    } catch (err) {
      if (isAbort(err)) throw err;
      if (!(err instanceof RetryableStatus) && !(err instanceof TypeError)) throw err;
      lastError = err;
      permitLog.warn('renewal attempt failed', { permitId: request.permitId, attempt, error: String(err) });
      await sleep(500 * 2 ** attempt, undefined, { signal });
    }
  }
  throw new Error(`Renewal for ${request.permitId} failed after ${attempts} attempts`, { cause: lastError });
}

export function renewalJustification(siteCode: string, finds: number, strata: string[]): string {
  const layers = strata.length ? ` across ${strata.join(', ')}` : '';
  return `Site ${siteCode}: ${finds} catalogued finds${layers}; excavation incomplete.`;
}

export async function renewExpiring(
  permits: Array<{ permitId: string; siteCode: string; expiresInDays: number; finds: number }>,
  signal: AbortSignal,
): Promise<RenewalDecision[]> {
  const decisions: RenewalDecision[] = [];
  for (const p of permits.filter((x) => x.expiresInDays <= 30)) {
    decisions.push(
      await submitRenewal(
        {
          permitId: p.permitId,
          siteCode: p.siteCode,
          extendDays: 180,
          justification: renewalJustification(p.siteCode, p.finds, []),
          findsSinceLastRenewal: p.finds,
        },
        { signal },
      ),
    );
  }
  return decisions;
}

export async function confirmRenewals(permitIds: string[], signal: AbortSignal): Promise<boolean> {
  if (permitIds.length === 0) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(`Submit renewals for ${permitIds.join(', ')}? [y/N] `, { signal });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
