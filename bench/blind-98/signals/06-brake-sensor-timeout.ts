// expect: none
// The race clears its timeout timer and aborts the losing sensor read in finally, and the caller's signal is linked with AbortSignal.any, so neither loser keeps running once the race is decided.
export interface BrakeTemp {
  zone: string;
  celsius: number;
  sampledAt: number;
}

export interface BrakeSensorBus {
  read(zone: string, opts: { signal: AbortSignal }): Promise<BrakeTemp>;
}

export class SensorTimeoutError extends Error {
  constructor(readonly zone: string, readonly ms: number) {
    super(`brake zone ${zone} did not answer within ${ms}ms`);
    this.name = 'SensorTimeoutError';
  }
}

export async function readWithTimeout(
  bus: BrakeSensorBus,
  zone: string,
  ms: number,
  signal?: AbortSignal,
): Promise<BrakeTemp> {
  const local = new AbortController();
  const combined = signal ? AbortSignal.any([signal, local.signal]) : local.signal;
  let timer: NodeJS.Timeout | undefined;

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SensorTimeoutError(zone, ms)), ms);
  });

  try {
    return await Promise.race([bus.read(zone, { signal: combined }), timeout]);
  } finally {
    clearTimeout(timer);
    local.abort();
  }
}

export interface ZoneStatus {
  zone: string;
  celsius: number | null;
  verdict: 'ok' | 'hot' | 'no-reading';
}

export async function preRunBrakeCheck(
  bus: BrakeSensorBus,
  zones: readonly string[],
  maxCelsius: number,
  signal: AbortSignal,
): Promise<ZoneStatus[]> {
  const statuses: ZoneStatus[] = [];
  for (const zone of zones) {
    try {
      const t = await readWithTimeout(bus, zone, 750, signal);
      statuses.push({ zone, celsius: t.celsius, verdict: t.celsius > maxCelsius ? 'hot' : 'ok' });
    } catch (err) {
      if (!(err instanceof SensorTimeoutError)) throw err;
      statuses.push({ zone, celsius: null, verdict: 'no-reading' });
    }
  }
  return statuses;
}
