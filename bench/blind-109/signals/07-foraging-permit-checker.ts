// expect: no-swallowed-abort
// lookupPermit wraps every failure, including the AbortError raised when Ctrl-C aborts the run, in a generic PermitLookupError, so the CLI loop no longer recognises the cancellation and records every remaining permit as a lookup failure instead of stopping.
import { createInterface } from 'node:readline/promises';
import { stdin, stdout } from 'node:process';

export interface PermitStatus {
  permitNo: string;
  holder: string;
  valid: boolean;
  zones: string[];
  expires: string;
}

export class PermitLookupError extends Error {
  constructor(readonly permitNo: string, options?: { cause?: unknown }) {
    super(`could not look up permit ${permitNo}`, options);
    this.name = 'PermitLookupError';
  }
}

const REGISTRY = 'https://permits.forestry.example/api/v1/permits';

export async function lookupPermit(permitNo: string, signal: AbortSignal): Promise<PermitStatus> {
  try {
    const res = await fetch(`${REGISTRY}/${encodeURIComponent(permitNo)}`, { signal });
    if (res.status === 404) {
      return { permitNo, holder: '', valid: false, zones: [], expires: '' };
    }
    if (!res.ok) throw new Error(`registry answered HTTP ${res.status}`);
    return (await res.json()) as PermitStatus;
  } catch (err) {
    throw new PermitLookupError(permitNo, { cause: err });
  }
}

export async function checkPermits(permitNos: string[], signal: AbortSignal): Promise<Map<string, string>> {
  const verdicts = new Map<string, string>();
  for (const permitNo of permitNos) {
    try {
      const status = await lookupPermit(permitNo, signal);
      verdicts.set(permitNo, status.valid ? `valid until ${status.expires} (${status.zones.join(', ')})` : 'NOT VALID');
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      verdicts.set(permitNo, `lookup failed: ${(err as Error).message}`);
    }
  }
  return verdicts;
}

export async function main(): Promise<void> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);

  const rl = createInterface({ input: stdin, output: stdout });
  try {
    const answer = await rl.question('Permit numbers (comma separated): ', { signal: controller.signal });
    const permitNos = answer.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    const verdicts = await checkPermits(permitNos, controller.signal);
    for (const [permitNo, verdict] of verdicts) {
      stdout.write(`${permitNo}: ${verdict}\n`);
    }
  } finally {
    rl.close();
    process.off('SIGINT', onSigint);
  }
}
