// expect: none
// The race's timer is cleared in finally and the losing buoy request is cancelled through its own AbortController, which also forwards the caller's signal, so nothing outlives the call.
export interface BuoyReading {
  buoyId: string;
  waterTempC: number;
  visibilityM: number;
  currentKnots: number;
  at: string;
}

declare const buoys: {
  read(buoyId: string, opts: { signal: AbortSignal }): Promise<BuoyReading>;
};

export class BuoyTimeoutError extends Error {
  constructor(readonly buoyId: string, readonly timeoutMs: number) {
    super(`buoy ${buoyId} did not report within ${timeoutMs}ms`);
    this.name = "BuoyTimeoutError";
  }
}

export async function fetchBuoyReading(buoyId: string, timeoutMs: number, signal?: AbortSignal): Promise<BuoyReading> {
  signal?.throwIfAborted();
  const request = new AbortController();
  const forwardAbort = () => request.abort(signal?.reason);
  signal?.addEventListener("abort", forwardAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BuoyTimeoutError(buoyId, timeoutMs)), timeoutMs);
  });

  try {
    return await Promise.race([buoys.read(buoyId, { signal: request.signal }), timeout]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", forwardAbort);
    request.abort();
  }
}

export type DiveCall = "go" | "marginal" | "no-go";

export function diveCall(reading: BuoyReading): DiveCall {
  if (reading.currentKnots > 1.5 || reading.visibilityM < 3) return "no-go";
  if (reading.currentKnots > 0.8 || reading.waterTempC < 22) return "marginal";
  return "go";
}

export async function morningBriefing(
  buoyIds: string[],
  signal: AbortSignal,
): Promise<Array<{ buoyId: string; call: DiveCall | "no-data" }>> {
  const briefing: Array<{ buoyId: string; call: DiveCall | "no-data" }> = [];
  for (const buoyId of buoyIds) {
    try {
      const reading = await fetchBuoyReading(buoyId, 4_000, signal);
      briefing.push({ buoyId, call: diveCall(reading) });
    } catch (err) {
      if (err instanceof BuoyTimeoutError) {
        briefing.push({ buoyId, call: "no-data" });
        continue;
      }
      throw err;
    }
  }
  return briefing;
}
