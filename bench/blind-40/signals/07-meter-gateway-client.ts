// expect: no-swallowed-abort
// readRegister() wraps every fetch failure, including an AbortError from the caller's signal, in a generic MeterReadError, so readRoute() keeps going after cancellation.
export interface RegisterReading {
  meterId: string;
  litres: number;
  flowLpm: number;
  tamperFlag: boolean;
  readAt: string;
}

export class MeterReadError extends Error {
  constructor(
    readonly meterId: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`meter ${meterId}: ${message}`, options);
    this.name = 'MeterReadError';
  }
}

interface GatewayPayload {
  reg_l: number;
  flow_lpm: number;
  tamper: 0 | 1;
  ts: string;
}

export class MeterGatewayClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async readRegister(meterId: string, { signal }: { signal?: AbortSignal } = {}): Promise<RegisterReading> {
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}/meters/${encodeURIComponent(meterId)}/register`, {
        signal,
        headers: { 'x-api-key': this.apiKey },
      });
    } catch (err) {
      throw new MeterReadError(meterId, 'gateway unreachable', { cause: err });
    }

    if (res.status === 404) {
      throw new MeterReadError(meterId, 'not provisioned on this gateway');
    }
    if (!res.ok) {
      throw new MeterReadError(meterId, `gateway returned ${res.status}`);
    }

    const payload = (await res.json()) as GatewayPayload;
    return {
      meterId,
      litres: payload.reg_l,
      flowLpm: payload.flow_lpm,
      tamperFlag: payload.tamper === 1,
      readAt: payload.ts,
    };
  }
}

export interface RouteReport {
  readings: RegisterReading[];
  unreachable: string[];
  tampered: string[];
}

export async function readRoute(
  client: MeterGatewayClient,
  meterIds: readonly string[],
  signal: AbortSignal,
): Promise<RouteReport> {
  const report: RouteReport = { readings: [], unreachable: [], tampered: [] };
  for (const meterId of meterIds) {
    try {
      const reading = await client.readRegister(meterId, { signal });
      report.readings.push(reading);
      if (reading.tamperFlag) report.tampered.push(meterId);
    } catch (err) {
      if (!(err instanceof MeterReadError)) throw err;
      report.unreachable.push(meterId);
    }
  }
  return report;
}
