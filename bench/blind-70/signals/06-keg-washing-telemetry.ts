// expect: none
// correct: the caller's signal is combined with a per-request timeout in `requestInit()` and that init object is what every fetch receives.
export interface WashHeadReading {
  head: number;
  causticCelsius: number;
  conductivityMsCm: number;
  flowLitresPerMin: number;
  at: string;
}

export interface TelemetryClientOptions {
  baseUrl: string;
  token: string;
  requestTimeoutMs?: number;
}

export class KegLineTelemetry {
  private readonly timeoutMs: number;

  constructor(private readonly options: TelemetryClientOptions) {
    this.timeoutMs = options.requestTimeoutMs ?? 5_000;
  }

  private requestInit(signal: AbortSignal | undefined, extra: RequestInit = {}): RequestInit {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    return {
      ...extra,
      headers: { authorization: `Bearer ${this.options.token}`, accept: 'application/json', ...extra.headers },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    };
  }

  async latest(head: number, signal?: AbortSignal): Promise<WashHeadReading> {
    const response = await fetch(`${this.options.baseUrl}/heads/${head}/latest`, this.requestInit(signal));
    if (!response.ok) {
      throw new Error(`head ${head}: telemetry ${response.status}`);
    }
    return (await response.json()) as WashHeadReading;
  }

  async acknowledgeAlarm(head: number, code: string, signal?: AbortSignal): Promise<void> {
    const init = this.requestInit(signal, {
      method: 'POST',
      body: JSON.stringify({ code, acknowledgedAt: new Date().toISOString() }),
      headers: { 'content-type': 'application/json' },
    });
    const response = await fetch(`${this.options.baseUrl}/heads/${head}/alarms`, init);
    if (!response.ok) {
      throw new Error(`head ${head}: could not acknowledge ${code} (${response.status})`);
    }
  }
}

export interface HeadHealth {
  head: number;
  healthy: boolean;
  problems: string[];
}

export async function surveyLine(
  client: KegLineTelemetry,
  heads: number[],
  signal?: AbortSignal,
): Promise<HeadHealth[]> {
  const readings = await Promise.all(heads.map((head) => client.latest(head, signal)));
  const health: HeadHealth[] = [];

  for (const reading of readings) {
    const problems: string[] = [];
    if (reading.causticCelsius < 70) problems.push(`caustic at ${reading.causticCelsius}°C`);
    if (reading.conductivityMsCm < 80) problems.push(`conductivity ${reading.conductivityMsCm} mS/cm`);
    if (reading.flowLitresPerMin < 20) problems.push(`flow ${reading.flowLitresPerMin} L/min`);
    if (problems.length > 0 && reading.flowLitresPerMin === 0) {
      await client.acknowledgeAlarm(reading.head, 'NO-FLOW', signal);
    }
    health.push({ head: reading.head, healthy: problems.length === 0, problems });
  }

  return health;
}
