// expect: none
// The race between the timecode lock and the timeout clears the timer and aborts the losing lock request in a finally block, so nothing keeps running.
export interface TimecodeLock {
  frame: number;
  driftMs: number;
}

export interface DomeMediaServer {
  readonly host: string;
  waitForTimecodeLock(opts: { signal: AbortSignal }): Promise<TimecodeLock>;
  rollShow(showId: string, fromFrame: number): Promise<void>;
}

export class TimecodeTimeoutError extends Error {
  constructor(host: string, ms: number) {
    super(`${host} did not lock to house timecode within ${ms} ms`);
    this.name = 'TimecodeTimeoutError';
  }
}

export async function lockWithin(
  server: DomeMediaServer,
  ms: number,
  outer?: AbortSignal,
): Promise<TimecodeLock> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimecodeTimeoutError(server.host, ms)), ms);
  });

  try {
    return await Promise.race([
      server.waitForTimecodeLock({ signal: controller.signal }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    controller.abort();
  }
}

export async function startSynchronisedShow(
  servers: DomeMediaServer[],
  showId: string,
  signal?: AbortSignal,
): Promise<number> {
  const locks = await Promise.all(servers.map((s) => lockWithin(s, 5_000, signal)));
  const worstDrift = Math.max(...locks.map((l) => Math.abs(l.driftMs)));
  if (worstDrift > 20) {
    throw new Error(`projector drift ${worstDrift} ms exceeds 20 ms; refusing to roll ${showId}`);
  }
  const startFrame = Math.max(...locks.map((l) => l.frame)) + 50;
  await Promise.all(servers.map((s) => s.rollShow(showId, startFrame)));
  return startFrame;
}
