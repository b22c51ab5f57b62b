// expect: require-signal-propagation
// The caller's signal reaches fetch but not the backoff sleep, so an abort during a retry wait is ignored until the timer ends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BarTuning {
  barIndex: number;
  note: string;
  fundamentalHz: number;
  secondPartialHz: number;
  thirdPartialHz: number;
}

export interface TuningReport {
  instrumentSerial: string;
  workshop: string;
  measuredAt: string;
  bars: BarTuning[];
}

export interface ReportOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

declare const WORKSHOP_API: string;

class HttpStatusError extends Error {
  constructor(readonly status: number, url: string) {
    super(`GET ${url} failed with ${status}`);
    this.name = 'HttpStatusError';
  }
}

function retryable(err: unknown): boolean {
  if (err instanceof HttpStatusError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError;
}

export async function fetchTuningReport(serial: string, options: ReportOptions = {}): Promise<TuningReport> {
  const { signal, attempts = 3, baseDelayMs = 400 } = options;
  const url = `${WORKSHOP_API}/instruments/${encodeURIComponent(serial)}/tuning`;

  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new HttpStatusError(res.status, url);
      return (await res.json()) as TuningReport;
    } catch (err) {
      if (attempt >= attempts || !retryable(err)) throw err;
      const jitter = Math.random() * baseDelayMs;
      await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
}

export function partialRatios(bar: BarTuning): { second: number; third: number } {
  return {
    second: Math.round((bar.secondPartialHz / bar.fundamentalHz) * 100) / 100,
    third: Math.round((bar.thirdPartialHz / bar.fundamentalHz) * 100) / 100,
  };
}

export function barsOffRatio(report: TuningReport, tolerance = 0.05): number[] {
  return report.bars
    .filter((bar) => {
      const { second, third } = partialRatios(bar);
      return Math.abs(second - 4) > tolerance * 4 || Math.abs(third - 10) > tolerance * 10;
    })
    .map((bar) => bar.barIndex);
}

export async function compareInstruments(serials: string[], signal?: AbortSignal) {
  const reports = await Promise.all(serials.map((serial) => fetchTuningReport(serial, { signal })));
  return reports.map((report) => ({
    serial: report.instrumentSerial,
    bars: report.bars.length,
    offRatio: barsOffRatio(report),
  }));
}
