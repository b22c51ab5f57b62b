// expect: none
// The deadline race clears its timer in finally and aborts the losing fetch through a controller linked to the caller's signal, whose listener is removed afterwards.
export interface PoolChemistry {
  poolId: string;
  waterTempC: number;
  dissolvedOxygenMgL: number;
  ammoniaMgL: number;
  salinityPpt: number;
}

declare const keeperPager: {
  send(poolId: string, text: string): Promise<void>;
};

class ProbeTimeoutError extends Error {
  constructor(readonly poolId: string, readonly ms: number) {
    super(`water probe for pool ${poolId} did not answer within ${ms}ms`);
    this.name = 'ProbeTimeoutError';
  }
}

const PROBE_GATEWAY = process.env.POOL_PROBE_GATEWAY ?? 'http://probes.croc-farm.local';

async function readProbe(poolId: string, timeoutMs: number, signal?: AbortSignal): Promise<PoolChemistry> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError(poolId, timeoutMs)), timeoutMs);
  });

  const request = fetch(`${PROBE_GATEWAY}/pools/${poolId}/chemistry`, { signal: controller.signal }).then(
    async (res) => {
      if (!res.ok) throw new Error(`probe gateway ${res.status} for pool ${poolId}`);
      return (await res.json()) as PoolChemistry;
    },
  );

  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    signal?.removeEventListener('abort', forward);
  }
}

export function assess(c: PoolChemistry): string[] {
  const issues: string[] = [];
  // Nile and saltwater crocodiles both go off their feed below about 25C
  if (c.waterTempC < 25) issues.push(`water ${c.waterTempC}C is too cold for feeding`);
  if (c.dissolvedOxygenMgL < 4) issues.push(`oxygen ${c.dissolvedOxygenMgL}mg/L is low`);
  if (c.ammoniaMgL > 0.5) issues.push(`ammonia ${c.ammoniaMgL}mg/L, schedule a water change`);
  return issues;
}

export async function morningCheck(poolIds: string[], signal?: AbortSignal): Promise<Record<string, string[]>> {
  const report: Record<string, string[]> = {};
  for (const poolId of poolIds) {
    try {
      const chemistry = await readProbe(poolId, 8_000, signal);
      report[poolId] = assess(chemistry);
    } catch (err) {
      if (!(err instanceof ProbeTimeoutError)) throw err;
      report[poolId] = ['probe offline'];
    }
    if (report[poolId].length > 0) {
      await keeperPager.send(poolId, report[poolId].join('; '));
    }
  }
  return report;
}
