// expect: none
// The race's timer is cleared and the probe request is aborted in finally, and the outer abort listener is removed, so neither loser keeps running.
export interface SalinityProbeClient {
  readSalinity(tankId: string, opts: { signal: AbortSignal }): Promise<{ ppt: number; sampledAt: number }>;
}

export class ProbeTimeoutError extends Error {
  constructor(readonly tankId: string, readonly timeoutMs: number) {
    super(`salinity probe in ${tankId} did not answer within ${timeoutMs} ms`);
    this.name = 'ProbeTimeoutError';
  }
}

export async function readSalinity(
  client: SalinityProbeClient,
  tankId: string,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<number> {
  outer?.throwIfAborted();
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError(tankId, timeoutMs)), timeoutMs);
  });

  try {
    const reading = await Promise.race([client.readSalinity(tankId, { signal: controller.signal }), timeout]);
    return reading.ppt;
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export interface BrineAdjustment {
  tankId: string;
  currentPpt: number;
  targetPpt: number;
  litresFreshwater: number;
}

export async function planBrineAdjustments(
  client: SalinityProbeClient,
  tanks: ReadonlyArray<{ id: string; volumeL: number; targetPpt: number }>,
  signal?: AbortSignal,
): Promise<BrineAdjustment[]> {
  const plans: BrineAdjustment[] = [];
  for (const tank of tanks) {
    const currentPpt = await readSalinity(client, tank.id, 3_000, signal);
    if (currentPpt <= tank.targetPpt) continue;
    // dilution: V_fresh = V * (c0 / c1 - 1)
    const litresFreshwater = tank.volumeL * (currentPpt / tank.targetPpt - 1);
    plans.push({ tankId: tank.id, currentPpt, targetPpt: tank.targetPpt, litresFreshwater });
  }
  return plans;
}
