// expect: none
// The race between the slew and the deadline clears the timer and removes the abort listener in finally, and stops the drive when the deadline wins, so no loser keeps running.
export interface TelescopeDrive {
  /** Resolves with the final encoder position once the drive reports on-source. */
  slewTo(azDeg: number, elDeg: number): Promise<{ azDeg: number; elDeg: number }>;
  halt(): Promise<void>;
}

export interface SlewRequest {
  source: string;
  azDeg: number;
  elDeg: number;
  deadlineMs: number;
  signal?: AbortSignal;
}

export class SlewDeadlineError extends Error {
  constructor(readonly source: string, readonly deadlineMs: number) {
    super(`slew to ${source} did not finish within ${deadlineMs} ms`);
    this.name = 'SlewDeadlineError';
  }
}

export async function slewWithDeadline(drive: TelescopeDrive, req: SlewRequest): Promise<{ azDeg: number; elDeg: number }> {
  req.signal?.throwIfAborted();

  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SlewDeadlineError(req.source, req.deadlineMs)), req.deadlineMs);
  });
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(req.signal?.reason);
    req.signal?.addEventListener('abort', onAbort, { once: true });
  });

  try {
    return await Promise.race([drive.slewTo(req.azDeg, req.elDeg), deadline, aborted]);
  } catch (err) {
    await drive.halt();
    throw err;
  } finally {
    clearTimeout(timer);
    if (onAbort) req.signal?.removeEventListener('abort', onAbort);
  }
}

export async function observeList(drive: TelescopeDrive, list: SlewRequest[], integrate: (source: string) => Promise<void>): Promise<string[]> {
  const skipped: string[] = [];
  for (const req of list) {
    try {
      await slewWithDeadline(drive, req);
    } catch (err) {
      if (err instanceof SlewDeadlineError) {
        skipped.push(req.source);
        continue;
      }
      throw err;
    }
    await integrate(req.source);
  }
  return skipped;
}
