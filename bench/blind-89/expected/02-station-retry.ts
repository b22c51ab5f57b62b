// expect: none
// Correct: retry() takes a factory and calls it on every attempt, so each retry issues a fresh request; only the attempt's own promise is awaited.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  shouldRetry?: (err: unknown) => boolean;
}

export async function retry<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const { attempts = 5, baseDelayMs = 1000, shouldRetry = () => true } = opts;
  let lastErr: unknown;
  for (let n = 1; n <= attempts; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      lastErr = err;
      if (n === attempts || !shouldRetry(err)) break;
      await sleep(baseDelayMs * 2 ** (n - 1) + Math.random() * 200);
    }
  }
  throw lastErr;
}

export interface SnowStationReport {
  stationId: string;
  elevationM: number;
  hs: number;
  hn24: number;
  tempC: number;
  windKmh: number;
}

class HttpStatusError extends Error {
  constructor(readonly status: number, url: string) {
    super(`${url} responded ${status}`);
  }
}

async function fetchReport(baseUrl: string, stationId: string): Promise<SnowStationReport> {
  const url = `${baseUrl}/stations/${stationId}/latest`;
  const res = await fetch(url, { signal: AbortSignal.timeout(8000) });
  if (!res.ok) throw new HttpStatusError(res.status, url);
  return (await res.json()) as SnowStationReport;
}

const transient = (err: unknown) =>
  !(err instanceof HttpStatusError) || err.status >= 500 || err.status === 429;

export async function collectMorningReports(baseUrl: string, stationIds: string[]): Promise<SnowStationReport[]> {
  const settled = await Promise.allSettled(
    stationIds.map((id) => retry(() => fetchReport(baseUrl, id), { attempts: 4, shouldRetry: transient })),
  );

  const reports: SnowStationReport[] = [];
  settled.forEach((r, i) => {
    if (r.status === 'fulfilled') reports.push(r.value);
    else console.warn(`station ${stationIds[i]} unavailable:`, r.reason);
  });
  // High stations first: forecasters read the ridge-top wind loading before anything else.
  return reports.sort((a, b) => b.elevationM - a.elevationM);
}
