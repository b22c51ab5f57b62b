// expect: no-reused-settled-promise
// Bug: sendWithRetry receives an already-started fetch promise and re-awaits that same settled promise on every attempt, so no request is ever retried.
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';

export interface StationReading {
  stationId: string;
  takenAt: string;
  airTempC: number;
  iceSurfaceTempC: number;
  ablationStakeCm: number;
  batteryVolts: number;
}

interface UploadConfig {
  endpoint: string;
  apiKey: string;
  maxAttempts: number;
  baseDelayMs: number;
}

declare const stationLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

class UploadRejected extends Error {
  constructor(
    readonly status: number,
    body: string,
  ) {
    super(`ingest rejected batch (${status}): ${body.slice(0, 200)}`);
  }
}

async function sendWithRetry(pending: Promise<Response>, maxAttempts: number, baseDelayMs: number): Promise<Response> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const res = await pending;
      if (res.status >= 500) {
        throw new UploadRejected(res.status, await res.clone().text());
      }
      return res;
    } catch (err) {
      lastError = err;
      stationLog.warn('telemetry upload failed', { attempt, error: String(err) });
      // Satellite uplink windows are short; back off exponentially with jitter.
      const delay = baseDelayMs * 2 ** (attempt - 1) + Math.random() * 250;
      await sleep(delay);
    }
  }
  throw lastError;
}

export async function uploadReadings(readings: StationReading[], config: UploadConfig): Promise<number> {
  if (readings.length === 0) return 0;

  const body = gzipSync(Buffer.from(JSON.stringify({ readings })));
  const res = await sendWithRetry(
    fetch(config.endpoint, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${config.apiKey}`,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      body,
    }),
    config.maxAttempts,
    config.baseDelayMs,
  );

  if (!res.ok) {
    throw new UploadRejected(res.status, await res.text());
  }
  const { accepted } = (await res.json()) as { accepted: number };
  stationLog.info('telemetry batch accepted', { accepted, sent: readings.length });
  return accepted;
}
