// expect: none
// The caller's signal is passed to every fetch and to the backoff sleep, so aborting stops both an in-flight request and a pending retry delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface IrradianceForecast {
  siteId: string;
  issuedAt: string;
  hourly: Array<{ hour: string; ghiWm2: number; dniWm2: number; cloudPct: number }>;
}

export interface ForecastOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

export class ForecastHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ForecastHttpError';
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof ForecastHttpError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError;
}

export class IrradianceForecastClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private async fetchOnce(siteId: string, signal?: AbortSignal): Promise<IrradianceForecast> {
    const res = await fetch(`${this.baseUrl}/v2/sites/${encodeURIComponent(siteId)}/forecast?horizon=48h`, {
      headers: { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' },
      signal,
    });
    if (!res.ok) {
      throw new ForecastHttpError(res.status, `Forecast for ${siteId} failed with ${res.status}`);
    }
    return (await res.json()) as IrradianceForecast;
  }

  async forecast(siteId: string, options: ForecastOptions = {}): Promise<IrradianceForecast> {
    const { signal, attempts = 4, baseDelayMs = 500 } = options;
    let lastError: unknown;

    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await this.fetchOnce(siteId, signal);
      } catch (err) {
        lastError = err;
        if (!isRetryable(err) || attempt === attempts) break;
        const jitter = Math.random() * baseDelayMs;
        await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter, undefined, { signal });
      }
    }
    throw lastError;
  }

  async expectedYieldKwh(siteId: string, panelAreaM2: number, efficiency: number, options: ForecastOptions = {}): Promise<number> {
    const { hourly } = await this.forecast(siteId, options);
    const whPerM2 = hourly.reduce((sum, h) => sum + h.ghiWm2, 0);
    return (whPerM2 * panelAreaM2 * efficiency) / 1000;
  }
}
