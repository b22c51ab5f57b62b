// expect: none
// The race between the berth confirmation and the deadline clears its timer, removes its abort listener and aborts the losing request in a finally block, so nothing outlives the race.
export interface BerthRequest {
  vessel: string;
  harbour: string;
  eta: string;
  lengthM: number;
}

export interface BerthConfirmation {
  berth: string;
  window: [string, string];
}

export class BerthDeadlineError extends Error {
  constructor(vessel: string, ms: number) {
    super(`no berth confirmed for ${vessel} within ${ms}ms`);
    this.name = 'BerthDeadlineError';
  }
}

async function requestBerth(api: string, req: BerthRequest, signal: AbortSignal): Promise<BerthConfirmation> {
  const res = await fetch(`${api}/harbours/${encodeURIComponent(req.harbour)}/berths`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(req),
    signal,
  });
  if (!res.ok) throw new Error(`berth request for ${req.vessel}: HTTP ${res.status}`);
  return (await res.json()) as BerthConfirmation;
}

export async function confirmBerth(
  api: string,
  req: BerthRequest,
  deadlineMs: number,
  outer?: AbortSignal,
): Promise<BerthConfirmation> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const forwardAbort = (): void => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forwardAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BerthDeadlineError(req.vessel, deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([requestBerth(api, req, controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forwardAbort);
    controller.abort();
  }
}

export async function confirmConvoy(
  api: string,
  requests: readonly BerthRequest[],
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<Map<string, BerthConfirmation>> {
  const confirmed = new Map<string, BerthConfirmation>();
  for (const req of requests) {
    confirmed.set(req.vessel, await confirmBerth(api, req, deadlineMs, signal));
  }
  return confirmed;
}
