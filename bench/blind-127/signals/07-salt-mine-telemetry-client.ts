// expect: no-swallowed-abort
// The catch wraps every error, including the AbortError raised when the caller cancels, into a VentilationTelemetryError that keeps only the message, so callers can no longer tell a cancellation from a failure.
export interface ShaftTelemetry {
  shaft: string;
  airflowM3s: number;
  dustMgM3: number;
  temperatureC: number;
  fanRpm: number;
  readAt: Date;
}

export class VentilationTelemetryError extends Error {
  constructor(
    message: string,
    readonly shaft: string,
  ) {
    super(message);
    this.name = 'VentilationTelemetryError';
  }
}

function parseTelemetry(shaft: string, body: unknown): ShaftTelemetry {
  const raw = body as Record<string, number | string>;
  const airflow = Number(raw.airflow_m3s);
  if (!Number.isFinite(airflow)) throw new Error(`malformed airflow value for shaft ${shaft}`);
  return {
    shaft,
    airflowM3s: airflow,
    dustMgM3: Number(raw.dust_mg_m3 ?? 0),
    temperatureC: Number(raw.temperature_c ?? 0),
    fanRpm: Number(raw.fan_rpm ?? 0),
    readAt: new Date(String(raw.read_at ?? Date.now())),
  };
}

export class VentilationTelemetryClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async readShaft(shaft: string, signal: AbortSignal): Promise<ShaftTelemetry> {
    try {
      const res = await fetch(`${this.baseUrl}/shafts/${encodeURIComponent(shaft)}/telemetry`, {
        headers: { 'x-api-key': this.apiKey, accept: 'application/json' },
        signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return parseTelemetry(shaft, await res.json());
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new VentilationTelemetryError(`telemetry for shaft ${shaft} failed: ${reason}`, shaft);
    }
  }

  async readLevel(shafts: string[], signal: AbortSignal): Promise<ShaftTelemetry[]> {
    return Promise.all(shafts.map((shaft) => this.readShaft(shaft, signal)));
  }
}

export function underVentilated(readings: ShaftTelemetry[], minAirflowM3s = 12): string[] {
  return readings
    .filter((r) => r.airflowM3s < minAirflowM3s || r.dustMgM3 > 4)
    .map((r) => `${r.shaft}: ${r.airflowM3s.toFixed(1)} m³/s, dust ${r.dustMgM3.toFixed(1)} mg/m³`);
}
