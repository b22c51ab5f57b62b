// expect: none
// correct: the timeout race clears its timer in `finally` and aborts the losing request through its own controller, so no loser keeps running.
export interface SurfaceScan {
  slabId: string;
  glossUnits: number;
  scratchesPerSquareMetre: number;
}

declare const scannerApi: {
  scan(slabId: string, init: { signal: AbortSignal }): Promise<SurfaceScan>;
};

declare const slabLedger: {
  recordScan(scan: SurfaceScan): Promise<void>;
  markForRepolish(slabId: string, reason: string): Promise<void>;
};

export class ScanTimeoutError extends Error {
  constructor(readonly slabId: string, readonly afterMs: number) {
    super(`gloss scan of ${slabId} timed out after ${afterMs} ms`);
    this.name = 'ScanTimeoutError';
  }
}

export async function scanWithDeadline(slabId: string, deadlineMs: number, signal?: AbortSignal): Promise<SurfaceScan> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ScanTimeoutError(slabId, deadlineMs)), deadlineMs);
  });

  try {
    return await Promise.race([scannerApi.scan(slabId, { signal: controller.signal }), timeout]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
    controller.abort();
  }
}

const GLOSS_TARGET = 85;
const MAX_SCRATCH_DENSITY = 3;

export async function inspectSlabs(
  slabIds: string[],
  signal?: AbortSignal,
): Promise<{ passed: string[]; repolish: string[]; timedOut: string[] }> {
  const passed: string[] = [];
  const repolish: string[] = [];
  const timedOut: string[] = [];

  for (const slabId of slabIds) {
    signal?.throwIfAborted();
    let scan: SurfaceScan;
    try {
      scan = await scanWithDeadline(slabId, 15_000, signal);
    } catch (err) {
      if (err instanceof ScanTimeoutError) {
        timedOut.push(slabId);
        continue;
      }
      throw err;
    }

    await slabLedger.recordScan(scan);
    if (scan.glossUnits < GLOSS_TARGET || scan.scratchesPerSquareMetre > MAX_SCRATCH_DENSITY) {
      await slabLedger.markForRepolish(slabId, `gloss ${scan.glossUnits} GU, ${scan.scratchesPerSquareMetre} scratches/m²`);
      repolish.push(slabId);
    } else {
      passed.push(slabId);
    }
  }

  return { passed, repolish, timedOut };
}
