// expect: none
// Promise.any runs on a combined signal that is aborted in finally, so losing relay requests are cancelled, and a caller abort is rethrown as-is.
export interface DogTelemetry {
  dogId: string;
  lat: number;
  lon: number;
  speedKmh: number;
  heartBpm: number;
  sampledAt: string;
}

export interface RelayOptions {
  relays: string[];
  timeoutMs?: number;
  signal?: AbortSignal;
}

export class NoRelayError extends Error {
  constructor(
    readonly dogId: string,
    cause: AggregateError,
  ) {
    super(`no relay returned telemetry for ${dogId}`, { cause });
    this.name = 'NoRelayError';
  }
}

async function fetchTelemetry(relay: string, dogId: string, signal: AbortSignal): Promise<DogTelemetry> {
  const res = await fetch(`${relay}/dogs/${encodeURIComponent(dogId)}/telemetry`, { signal });
  if (!res.ok) throw new Error(`${relay} returned ${res.status}`);
  const data = (await res.json()) as DogTelemetry;
  if (data.dogId !== dogId) throw new Error(`${relay} returned telemetry for ${data.dogId}`);
  return data;
}

export async function fetchFromFastestRelay(dogId: string, options: RelayOptions): Promise<DogTelemetry> {
  const losers = new AbortController();
  const signals = [losers.signal, AbortSignal.timeout(options.timeoutMs ?? 4_000)];
  if (options.signal) signals.push(options.signal);
  const signal = AbortSignal.any(signals);

  try {
    return await Promise.any(options.relays.map((relay) => fetchTelemetry(relay, dogId, signal)));
  } catch (err) {
    options.signal?.throwIfAborted();
    if (err instanceof AggregateError) throw new NoRelayError(dogId, err);
    throw err;
  } finally {
    losers.abort();
  }
}

export async function teamPositions(
  dogIds: string[],
  options: RelayOptions,
): Promise<Map<string, DogTelemetry | null>> {
  const positions = new Map<string, DogTelemetry | null>();
  for (const dogId of dogIds) {
    try {
      positions.set(dogId, await fetchFromFastestRelay(dogId, options));
    } catch (err) {
      if (!(err instanceof NoRelayError)) throw err;
      positions.set(dogId, null);
    }
  }
  return positions;
}
