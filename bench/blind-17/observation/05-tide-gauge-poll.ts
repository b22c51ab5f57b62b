// expect: no-unchecked-settled-results
// Only fulfilled gauge readings are kept; rejected polls from allSettled are dropped without being logged or counted.
export interface GaugeStation {
  id: string;
  name: string;
  endpoint: string;
  datumOffsetM: number;
}

export interface TideReading {
  stationId: string;
  observedAt: Date;
  levelM: number;
  predictedM: number;
}

export interface SurgeAlert {
  stationId: string;
  residualM: number;
  observedAt: Date;
}

interface RawGaugePayload {
  ts: string;
  level_mm: number;
  predicted_mm: number;
}

const POLL_TIMEOUT_MS = 8_000;
const SURGE_THRESHOLD_M = 0.45;

async function pollStation(station: GaugeStation): Promise<TideReading> {
  const res = await fetch(`${station.endpoint}/latest`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(POLL_TIMEOUT_MS),
  });
  if (!res.ok) {
    throw new Error(`${station.id}: HTTP ${res.status}`);
  }
  const body = (await res.json()) as RawGaugePayload;
  return {
    stationId: station.id,
    observedAt: new Date(body.ts),
    levelM: body.level_mm / 1000 + station.datumOffsetM,
    predictedM: body.predicted_mm / 1000 + station.datumOffsetM,
  };
}

export async function collectReadings(stations: readonly GaugeStation[]): Promise<TideReading[]> {
  const results = await Promise.allSettled(stations.map(pollStation));
  return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

export function detectSurges(readings: readonly TideReading[]): SurgeAlert[] {
  const alerts: SurgeAlert[] = [];
  for (const reading of readings) {
    const residual = reading.levelM - reading.predictedM;
    if (Math.abs(residual) >= SURGE_THRESHOLD_M) {
      alerts.push({
        stationId: reading.stationId,
        residualM: Number(residual.toFixed(3)),
        observedAt: reading.observedAt,
      });
    }
  }
  return alerts.sort((a, b) => Math.abs(b.residualM) - Math.abs(a.residualM));
}

export async function runTelemetryCycle(
  stations: readonly GaugeStation[],
  publish: (alerts: SurgeAlert[]) => Promise<void>,
): Promise<number> {
  const readings = await collectReadings(stations);
  const stale = readings.filter((r) => Date.now() - r.observedAt.getTime() > 30 * 60_000);
  const fresh = readings.filter((r) => !stale.includes(r));
  const alerts = detectSurges(fresh);
  if (alerts.length > 0) {
    await publish(alerts);
  }
  return fresh.length;
}
