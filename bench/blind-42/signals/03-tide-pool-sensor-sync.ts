// expect: no-swallowed-abort
// fetchWithBackoff treats AbortError like a per-attempt timeout and retries, so a caller abort is retried and finally surfaces as a generic 'giving up' error.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoggerDump {
  loggerId: string;
  poolId: string;
  samples: Array<{ t: string; tempC: number; salinityPsu: number; lux: number }>;
}

export interface SyncReport {
  synced: string[];
  failed: Array<{ loggerId: string; error: string }>;
}

declare const fieldStation: { baseUrl: string; apiKey: string };

declare const archive: {
  store(dump: LoggerDump, signal: AbortSignal): Promise<void>;
};

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 5;
const ATTEMPT_TIMEOUT_MS = 15_000;

async function fetchWithBackoff(url: string, signal: AbortSignal): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]);
    try {
      const res = await fetch(url, { headers: { 'x-api-key': fieldStation.apiKey }, signal: attemptSignal });
      if (res.status >= 500) {
        lastError = new Error(`field station returned ${res.status}`);
        await sleep(Math.min(30_000, 1_000 * 2 ** attempt), undefined, { signal });
        continue;
      }
      return res;
    } catch (err) {
      lastError = err;
      if (err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
        // The solar-powered LTE link stalls rather than failing outright; try again straight away.
        log.warn('field station request stalled, retrying', { url, attempt });
        continue;
      }
      throw err;
    }
  }
  throw new Error(`giving up on ${url} after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
}

async function pullLogger(loggerId: string, since: string, signal: AbortSignal): Promise<LoggerDump> {
  const res = await fetchWithBackoff(
    `${fieldStation.baseUrl}/loggers/${encodeURIComponent(loggerId)}/samples?since=${encodeURIComponent(since)}`,
    signal,
  );
  if (!res.ok) throw new Error(`logger ${loggerId}: HTTP ${res.status}`);
  return (await res.json()) as LoggerDump;
}

function plausible(dump: LoggerDump): boolean {
  return dump.samples.every(
    (s) => s.tempC > -3 && s.tempC < 40 && s.salinityPsu >= 0 && s.salinityPsu < 45 && s.lux >= 0,
  );
}

export async function syncLoggers(loggerIds: string[], since: string, signal: AbortSignal): Promise<SyncReport> {
  const report: SyncReport = { synced: [], failed: [] };
  for (const loggerId of loggerIds) {
    signal.throwIfAborted();
    let dump: LoggerDump;
    try {
      dump = await pullLogger(loggerId, since, signal);
    } catch (err) {
      if (signal.aborted) throw err;
      report.failed.push({ loggerId, error: err instanceof Error ? err.message : String(err) });
      continue;
    }
    if (!plausible(dump)) {
      report.failed.push({ loggerId, error: 'implausible readings, logger may be out of the water' });
      continue;
    }
    await archive.store(dump, signal);
    report.synced.push(loggerId);
  }
  log.info('tide pool sync finished', { synced: report.synced.length, failed: report.failed.length });
  return report;
}
