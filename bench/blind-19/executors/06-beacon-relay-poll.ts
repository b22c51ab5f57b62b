// expect: none
// The executor is synchronous and chains fetch with .then(resolve, reject); the timer aborts the request and is cleared in finally, so each path settles once.
export interface BeaconFix {
  beaconId: string;
  distanceM: number;
  bearingDeg: number;
  signalDb: number;
  receivedAt: number;
}

export interface RelayStation {
  id: string;
  baseUrl: string;
}

export class RelayTimeoutError extends Error {
  constructor(
    public readonly stationId: string,
    ms: number,
  ) {
    super(`relay ${stationId} did not answer within ${ms}ms`);
    this.name = 'RelayTimeoutError';
  }
}

function isBeaconFix(value: unknown): value is BeaconFix {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.beaconId === 'string' && typeof v.distanceM === 'number' && typeof v.bearingDeg === 'number' && typeof v.signalDb === 'number'
  );
}

export function pollRelay(station: RelayStation, timeoutMs = 2500, outer?: AbortSignal): Promise<BeaconFix[]> {
  return new Promise<BeaconFix[]>((resolve, reject) => {
    const controller = new AbortController();
    const onOuterAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', onOuterAbort, { once: true });

    const timer = setTimeout(() => controller.abort(new RelayTimeoutError(station.id, timeoutMs)), timeoutMs);

    fetch(`${station.baseUrl}/v1/fixes?since=${Date.now() - 10_000}`, { signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`relay ${station.id} returned ${res.status}`);
        const payload: unknown = await res.json();
        if (!Array.isArray(payload)) throw new Error(`relay ${station.id} sent malformed payload`);
        return payload.filter(isBeaconFix).map((fix) => ({ ...fix, receivedAt: Date.now() }));
      })
      .then(resolve, (err: unknown) => {
        const reason = controller.signal.aborted ? controller.signal.reason : err;
        reject(reason instanceof Error ? reason : new Error(String(reason)));
      })
      .finally(() => {
        clearTimeout(timer);
        outer?.removeEventListener('abort', onOuterAbort);
      });
  });
}

// Merge fixes from every relay on the slope, keeping the strongest signal per beacon.
export async function sweepSlope(stations: RelayStation[], signal?: AbortSignal): Promise<BeaconFix[]> {
  const results = await Promise.allSettled(stations.map((s) => pollRelay(s, 2500, signal)));
  const best = new Map<string, BeaconFix>();
  for (const result of results) {
    if (result.status !== 'fulfilled') continue;
    for (const fix of result.value) {
      const existing = best.get(fix.beaconId);
      if (!existing || fix.signalDb > existing.signalDb) best.set(fix.beaconId, fix);
    }
  }
  return [...best.values()].sort((a, b) => a.distanceM - b.distanceM);
}
