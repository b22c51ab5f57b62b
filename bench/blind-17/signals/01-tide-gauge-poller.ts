// expect: require-signal-propagation
// The sweep loop paces itself with timers/promises setTimeout without passing the signal, so stopping the poller still waits out the full interval.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TideReading {
  stationId: string;
  observedAt: string;
  waterLevelM: number;
  qualityFlag: 'good' | 'suspect' | 'missing';
}

export interface TidePollOptions {
  baseUrl: string;
  stationIds: string[];
  intervalMs: number;
  signal: AbortSignal;
  onReading: (reading: TideReading) => void;
  onStationError?: (stationId: string, failures: number, error: unknown) => void;
}

interface RawGaugeResponse {
  t: string;
  v: string;
  f?: string;
}

function toQuality(flag: string | undefined): TideReading['qualityFlag'] {
  if (flag === undefined || flag === '') return 'good';
  if (flag.includes('M')) return 'missing';
  return 'suspect';
}

export async function pollTideGauges(options: TidePollOptions): Promise<void> {
  const { baseUrl, stationIds, intervalMs, signal, onReading, onStationError } = options;
  const failures = new Map<string, number>();

  async function pollStation(stationId: string): Promise<void> {
    const url = `${baseUrl}/stations/${encodeURIComponent(stationId)}/latest?units=metric`;
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) {
        throw new Error(`gauge ${stationId} responded ${res.status}`);
      }
      const raw = (await res.json()) as RawGaugeResponse;
      const level = Number.parseFloat(raw.v);
      onReading({
        stationId,
        observedAt: new Date(raw.t).toISOString(),
        waterLevelM: Number.isFinite(level) ? level : Number.NaN,
        qualityFlag: Number.isFinite(level) ? toQuality(raw.f) : 'missing',
      });
      failures.delete(stationId);
    } catch (err) {
      if (signal.aborted) throw err;
      const count = (failures.get(stationId) ?? 0) + 1;
      failures.set(stationId, count);
      onStationError?.(stationId, count, err);
    }
  }

  while (!signal.aborted) {
    const sweepStarted = Date.now();
    await Promise.all(stationIds.map((id) => pollStation(id)));

    // Stations that keep failing are probably offline for maintenance;
    // back off a little so we don't hammer the upstream API.
    const worst = Math.max(0, ...failures.values());
    const backoff = Math.min(worst, 5) * intervalMs;
    const elapsed = Date.now() - sweepStarted;

    await sleep(Math.max(0, intervalMs - elapsed) + backoff);
  }
}
