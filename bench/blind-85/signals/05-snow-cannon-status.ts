// expect: none
// Both redundant controllers share one AbortController that the finally block aborts once Promise.any settles, and the deadline timer is cleared there too, so the losing fetch and the timer never outlive the race.
export interface CannonStatus {
  cannonId: string;
  running: boolean;
  waterBar: number;
  airTempC: number;
  wetBulbC: number;
  source: string;
}

export class StatusTimeoutError extends Error {
  constructor(readonly cannonId: string, readonly ms: number) {
    super(`no status for cannon ${cannonId} within ${ms}ms`);
    this.name = 'StatusTimeoutError';
  }
}

async function readFrom(base: string, cannonId: string, signal: AbortSignal): Promise<CannonStatus> {
  const res = await fetch(`${base}/cannons/${cannonId}/status`, { signal });
  if (!res.ok) throw new Error(`${base} answered ${res.status}`);
  const body = (await res.json()) as Omit<CannonStatus, 'source'>;
  return { ...body, source: base };
}

export async function cannonStatus(
  controllers: readonly string[],
  cannonId: string,
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<CannonStatus> {
  const timeoutMs = opts.timeoutMs ?? 3_000;
  const race = new AbortController();
  const onOuterAbort = () => race.abort(opts.signal?.reason);
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (opts.signal?.aborted) race.abort(opts.signal.reason);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StatusTimeoutError(cannonId, timeoutMs)), timeoutMs);
  });

  try {
    const first = Promise.any(controllers.map((base) => readFrom(base, cannonId, race.signal)));
    return await Promise.race([first, deadline]);
  } finally {
    clearTimeout(timer);
    race.abort();
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}

export async function shouldStartSnowmaking(
  controllers: readonly string[],
  cannonIds: string[],
  signal?: AbortSignal,
): Promise<{ start: string[]; hold: string[] }> {
  const start: string[] = [];
  const hold: string[] = [];
  for (const id of cannonIds) {
    const status = await cannonStatus(controllers, id, { signal });
    // Snowmaking needs a wet-bulb temperature of about -2.5 °C or colder.
    if (status.wetBulbC <= -2.5 && status.waterBar >= 10 && !status.running) start.push(id);
    else hold.push(id);
  }
  return { start, hold };
}
