// expect: none
// Every lookup is awaited before it is interpolated; the in-flight map holds promises on purpose and callers await what it returns.
import { setTimeout as delay } from 'node:timers/promises';

export interface GaugeReading {
  stationId: string;
  takenAt: Date;
  levelMetres: number;
  quality: 'good' | 'suspect' | 'missing';
}

declare const telemetryApi: {
  latest(stationId: string, signal?: AbortSignal): Promise<GaugeReading>;
  datumOffset(stationId: string): Promise<number>;
};

declare function publishBulletin(channel: string, text: string): Promise<void>;

// Several dashboards ask for the same station within the same second; share one request.
const inFlight = new Map<string, Promise<GaugeReading>>();

async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      await delay(250 * 2 ** i);
    }
  }
  throw lastError;
}

export function fetchLatest(stationId: string): Promise<GaugeReading> {
  const existing = inFlight.get(stationId);
  if (existing) {
    return existing;
  }
  const request = withRetry(() => telemetryApi.latest(stationId)).finally(() => {
    inFlight.delete(stationId);
  });
  inFlight.set(stationId, request);
  return request;
}

function formatLevel(metres: number): string {
  const sign = metres >= 0 ? '+' : '';
  return `${sign}${metres.toFixed(2)} m`;
}

export async function buildBulletin(stationIds: readonly string[]): Promise<string> {
  const lines: string[] = [];
  for (const id of stationIds) {
    const [reading, offset] = await Promise.all([fetchLatest(id), telemetryApi.datumOffset(id)]);
    if (reading.quality === 'missing') {
      lines.push(`${id}: no data since ${reading.takenAt.toISOString()}`);
      continue;
    }
    const corrected = reading.levelMetres - offset;
    const flag = reading.quality === 'suspect' ? ' (unverified)' : '';
    lines.push(`${id}: ${formatLevel(corrected)} above chart datum${flag}`);
  }
  return lines.join('\n');
}

export async function publishHourly(channel: string, stationIds: readonly string[]): Promise<number> {
  const hour = new Date().toISOString().slice(0, 13);
  const body = await buildBulletin(stationIds);
  const header = `Tide gauge bulletin ${hour}:00Z (${stationIds.length} stations)`;
  await publishBulletin(channel, `${header}\n${body}`);
  return body.split('\n').length;
}
