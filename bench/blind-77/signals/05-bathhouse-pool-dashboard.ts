// expect: no-swallowed-abort
// Bug: readPoolPanel turns an AbortError into an ordinary { status: 'unknown' } panel, so a cancelled refresh is rendered as a sensor outage.
export interface PoolReading {
  at: string;
  celsius: number;
  ph: number;
  chlorinePpm: number;
}

export interface PoolPanel {
  poolId: string;
  status: 'ok' | 'too-hot' | 'too-cool' | 'water-quality' | 'unknown';
  latest?: PoolReading;
  trendCPerHour: number;
}

declare const bathhouseApi: { baseUrl: string };

const LIMITS: Record<string, { minC: number; maxC: number }> = {
  'uchiyu-men': { minC: 40, maxC: 42 },
  'uchiyu-women': { minC: 40, maxC: 42 },
  rotenburo: { minC: 38, maxC: 41 },
  mizuburo: { minC: 15, maxC: 19 },
};

function trend(readings: PoolReading[]): number {
  if (readings.length < 2) return 0;
  const first = readings[0];
  const last = readings[readings.length - 1];
  const hours = (Date.parse(last.at) - Date.parse(first.at)) / 3_600_000;
  return hours > 0 ? (last.celsius - first.celsius) / hours : 0;
}

function classify(poolId: string, r: PoolReading): PoolPanel['status'] {
  const limit = LIMITS[poolId];
  if (r.ph < 5.8 || r.ph > 8.6 || r.chlorinePpm < 0.4) return 'water-quality';
  if (!limit) return 'ok';
  if (r.celsius > limit.maxC) return 'too-hot';
  if (r.celsius < limit.minC) return 'too-cool';
  return 'ok';
}

export async function readPoolPanel(poolId: string, signal: AbortSignal): Promise<PoolPanel> {
  try {
    const res = await fetch(`${bathhouseApi.baseUrl}/pools/${poolId}/readings?window=1h`, { signal });
    if (!res.ok) throw new Error(`pool ${poolId}: HTTP ${res.status}`);
    const readings = (await res.json()) as PoolReading[];
    const latest = readings[readings.length - 1];
    if (!latest) return { poolId, status: 'unknown', trendCPerHour: 0 };
    return { poolId, status: classify(poolId, latest), latest, trendCPerHour: trend(readings) };
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') {
      return { poolId, status: 'unknown', trendCPerHour: 0 };
    }
    throw err;
  }
}

export async function refreshDashboard(poolIds: string[], signal: AbortSignal): Promise<PoolPanel[]> {
  const panels = await Promise.all(poolIds.map((id) => readPoolPanel(id, signal)));
  return panels.sort((a, b) => Number(a.status === 'ok') - Number(b.status === 'ok'));
}

export function attendantAlert(panel: PoolPanel): string | null {
  switch (panel.status) {
    case 'too-hot':
      return `${panel.poolId}: open the cold inlet (${panel.latest?.celsius.toFixed(1)}°C)`;
    case 'too-cool':
      return `${panel.poolId}: check the source valve, trending ${panel.trendCPerHour.toFixed(1)}°C/h`;
    case 'water-quality':
      return `${panel.poolId}: test water and dose chlorine before reopening`;
    default:
      return null;
  }
}
