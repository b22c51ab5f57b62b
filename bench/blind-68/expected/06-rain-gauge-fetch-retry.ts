// expect: none
// Correct: retry() receives a factory and calls it on every attempt, so each retry issues a fresh request.
import { setTimeout as delay } from 'node:timers/promises';

export interface GaugeReport {
  gaugeId: string;
  mm15min: number;
  batteryV: number;
  reportedAt: string;
}

declare const networkConfig: {
  baseUrl: string;
  apiKey: string;
};

interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  retryOn(err: unknown): boolean;
}

export class HttpStatusError extends Error {
  constructor(readonly status: number, url: string) {
    super(`HTTP ${status} from ${url}`);
  }
}

export async function retry<T>(attempt: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < opts.attempts; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (!opts.retryOn(err) || i === opts.attempts - 1) break;
      const jitter = Math.random() * opts.baseDelayMs;
      await delay(opts.baseDelayMs * 2 ** i + jitter);
    }
  }
  throw lastError;
}

function isTransient(err: unknown): boolean {
  if (err instanceof HttpStatusError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError; // fetch network failure
}

async function fetchGauge(gaugeId: string): Promise<GaugeReport> {
  const url = `${networkConfig.baseUrl}/gauges/${encodeURIComponent(gaugeId)}/latest`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${networkConfig.apiKey}` } });
  if (!res.ok) throw new HttpStatusError(res.status, url);
  return (await res.json()) as GaugeReport;
}

export interface CatchmentTotal {
  catchment: string;
  gauges: number;
  meanMm: number;
  lowBattery: string[];
}

export async function catchmentRainfall(catchment: string, gaugeIds: string[]): Promise<CatchmentTotal> {
  const reports: GaugeReport[] = [];
  for (const id of gaugeIds) {
    reports.push(await retry(() => fetchGauge(id), { attempts: 4, baseDelayMs: 250, retryOn: isTransient }));
  }
  const meanMm = reports.reduce((sum, r) => sum + r.mm15min, 0) / Math.max(1, reports.length);
  return {
    catchment,
    gauges: reports.length,
    meanMm: Math.round(meanMm * 10) / 10,
    lowBattery: reports.filter((r) => r.batteryV < 3.4).map((r) => r.gaugeId),
  };
}
