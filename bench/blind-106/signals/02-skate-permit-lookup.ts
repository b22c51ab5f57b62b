// expect: none
// The race between the primary registry, the mirror and a cancellable deadline sleep aborts the deadline and both lookup controllers and removes the caller's abort listener in finally, so nothing keeps running after a winner settles.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PermitStatus {
  permitId: string;
  valid: boolean;
  park: string;
  validUntil: string;
}

export class PermitLookupTimeout extends Error {
  constructor(readonly permitId: string, readonly ms: number) {
    super(`permit ${permitId}: no registry answered within ${ms}ms`);
    this.name = 'PermitLookupTimeout';
  }
}

async function lookup(baseUrl: string, permitId: string, signal: AbortSignal): Promise<PermitStatus> {
  const res = await fetch(`${baseUrl}/permits/${encodeURIComponent(permitId)}`, { signal });
  if (res.status === 404) return { permitId, valid: false, park: '', validUntil: '' };
  if (!res.ok) throw new Error(`${baseUrl} answered ${res.status}`);
  return (await res.json()) as PermitStatus;
}

export async function checkPermit(
  permitId: string,
  registries: { primary: string; mirror: string },
  opts: { signal: AbortSignal; deadlineMs?: number },
): Promise<PermitStatus> {
  const { signal, deadlineMs = 2_500 } = opts;
  signal.throwIfAborted();

  const primaryCtl = new AbortController();
  const mirrorCtl = new AbortController();
  const deadlineCtl = new AbortController();
  const onAbort = () => {
    primaryCtl.abort(signal.reason);
    mirrorCtl.abort(signal.reason);
    deadlineCtl.abort(signal.reason);
  };
  signal.addEventListener('abort', onAbort, { once: true });

  const deadline = sleep(deadlineMs, undefined, { signal: deadlineCtl.signal }).then((): never => {
    throw new PermitLookupTimeout(permitId, deadlineMs);
  });

  try {
    return await Promise.race([
      lookup(registries.primary, permitId, primaryCtl.signal),
      lookup(registries.mirror, permitId, mirrorCtl.signal),
      deadline,
    ]);
  } finally {
    deadlineCtl.abort();
    primaryCtl.abort();
    mirrorCtl.abort();
    signal.removeEventListener('abort', onAbort);
  }
}

export function gateMessage(status: PermitStatus, today = new Date()): string {
  if (!status.valid) return `Permit ${status.permitId} not found. Please see the ranger hut.`;
  if (Date.parse(status.validUntil) < today.getTime()) {
    return `Permit ${status.permitId} expired on ${status.validUntil.slice(0, 10)}.`;
  }
  return `Welcome to ${status.park}. Pads and helmets on the vert ramp, please.`;
}
