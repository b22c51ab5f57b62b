// expect: none
// The race between the gauge fetch and the deadline shares one AbortController that is aborted in finally, which stops the losing timer or request; the caller's signal is linked in and unlinked afterwards.
import { setTimeout as sleep } from 'node:timers/promises';

export interface GaugeReading {
  gaugeId: string;
  speedMps: number;
  directionDeg: number;
  sampledAt: number;
}

export interface HillWind {
  readings: GaugeReading[];
  missing: string[];
}

declare const GAUGE_GATEWAY: string;

class GaugeTimeout extends Error {
  constructor(readonly gaugeId: string, ms: number) {
    super(`gauge ${gaugeId} did not answer within ${ms} ms`);
    this.name = 'GaugeTimeout';
  }
}

async function fetchReading(gaugeId: string, signal: AbortSignal): Promise<GaugeReading> {
  const res = await fetch(`${GAUGE_GATEWAY}/gauges/${gaugeId}/latest`, { signal });
  if (!res.ok) throw new Error(`gateway returned ${res.status} for ${gaugeId}`);
  return (await res.json()) as GaugeReading;
}

export async function readGauge(gaugeId: string, timeoutMs: number, outer: AbortSignal): Promise<GaugeReading> {
  outer.throwIfAborted();
  const local = new AbortController();
  const forward = () => local.abort(outer.reason);
  outer.addEventListener('abort', forward, { once: true });

  const deadline = sleep(timeoutMs, undefined, { signal: local.signal }).then(() => {
    throw new GaugeTimeout(gaugeId, timeoutMs);
  });

  try {
    return await Promise.race([fetchReading(gaugeId, local.signal), deadline]);
  } finally {
    outer.removeEventListener('abort', forward);
    local.abort();
  }
}

export async function readHill(gaugeIds: string[], signal: AbortSignal, timeoutMs = 800): Promise<HillWind> {
  const readings: GaugeReading[] = [];
  const missing: string[] = [];
  // The jury wants one consistent snapshot, so query all gauges together.
  const results = await Promise.allSettled(gaugeIds.map((id) => readGauge(id, timeoutMs, signal)));
  signal.throwIfAborted();
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') readings.push(r.value);
    else missing.push(gaugeIds[i]);
  });
  return { readings, missing };
}

export function meanHeadwind(wind: HillWind, hillAxisDeg: number): number {
  if (wind.readings.length === 0) return 0;
  const along = wind.readings.map((r) => r.speedMps * Math.cos(((r.directionDeg - hillAxisDeg) * Math.PI) / 180));
  return along.reduce((a, b) => a + b, 0) / along.length;
}
