// expect: none
// The race between the mat's clock response and the timeout clears the timer and removes the abort listener in finally, and the losing request is aborted through its own controller.
export interface MatClockResponse {
  matId: string;
  deviceTimeMs: number;
  roundTripMs: number;
}

export interface TimingMat {
  readonly matId: string;
  readonly url: string;
}

export class MatSyncTimeout extends Error {
  override name = 'MatSyncTimeout';
}

export async function queryMatClock(mat: TimingMat, timeoutMs: number, outer?: AbortSignal): Promise<MatClockResponse> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) throw outer.reason;
  outer?.addEventListener('abort', onOuterAbort, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MatSyncTimeout(`mat ${mat.matId} did not answer in ${timeoutMs}ms`)), timeoutMs);
  });

  const sentAt = Date.now();
  const request = fetch(`${mat.url}/clock`, { signal: controller.signal }).then(async (res) => {
    if (!res.ok) throw new Error(`mat ${mat.matId} clock endpoint ${res.status}`);
    const body = (await res.json()) as { epochMs: number };
    return { matId: mat.matId, deviceTimeMs: body.epochMs, roundTripMs: Date.now() - sentAt };
  });

  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    controller.abort();
    request.catch(() => undefined);
  }
}

export async function clockOffsets(
  mats: TimingMat[],
  signal: AbortSignal,
): Promise<Array<{ matId: string; offsetMs: number | null }>> {
  const results: Array<{ matId: string; offsetMs: number | null }> = [];
  for (const mat of mats) {
    try {
      const res = await queryMatClock(mat, 1_500, signal);
      const midpoint = Date.now() - res.roundTripMs / 2;
      results.push({ matId: mat.matId, offsetMs: Math.round(res.deviceTimeMs - midpoint) });
    } catch (err) {
      if (!(err instanceof MatSyncTimeout)) throw err;
      results.push({ matId: mat.matId, offsetMs: null });
    }
  }
  return results;
}
