// expect: no-leaked-race
// When the telemetry request wins the race the timeout timer is never cleared, so every call leaves a long timer running that later aborts and rejects for nothing.
export interface StationTelemetry {
  station: string;
  batteryPercent: number;
  windKnots: number;
  airTempC: number;
  generatorHours: number;
  reportedAt: string;
}

export class TelemetryTimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`no telemetry from ${url} within ${timeoutMs}ms`);
    this.name = 'TelemetryTimeoutError';
  }
}

export interface RelayConfig {
  relayUrl: string;
  timeoutMs: number;
  stations: string[];
}

export async function fetchTelemetry(url: string, timeoutMs: number): Promise<StationTelemetry> {
  const ac = new AbortController();

  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => {
      ac.abort();
      reject(new TelemetryTimeoutError(url, timeoutMs));
    }, timeoutMs);
  });

  const request = fetch(url, { signal: ac.signal }).then(async (res) => {
    if (!res.ok) throw new Error(`relay returned ${res.status} for ${url}`);
    return (await res.json()) as StationTelemetry;
  });

  return Promise.race([request, timeout]);
}

export async function pollStations(config: RelayConfig): Promise<Map<string, StationTelemetry | Error>> {
  const out = new Map<string, StationTelemetry | Error>();
  for (const station of config.stations) {
    try {
      out.set(station, await fetchTelemetry(`${config.relayUrl}/stations/${station}/latest`, config.timeoutMs));
    } catch (err) {
      out.set(station, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return out;
}

export function lowBattery(readings: Map<string, StationTelemetry | Error>, threshold = 20): string[] {
  const low: string[] = [];
  for (const [station, reading] of readings) {
    if (!(reading instanceof Error) && reading.batteryPercent < threshold) low.push(station);
  }
  return low;
}
