// expect: no-swallowed-abort
// readGauge catches every fetch failure, including the AbortError from the caller's signal, and reports the boiler as 'offline' as if it were a normal reading.
export interface GaugeReading {
  boilerId: string;
  status: 'ok' | 'offline';
  psi?: number;
  waterGlassPct?: number;
  firebox?: number;
}

export interface ShedAlert {
  boilerId: string;
  severity: 'notice' | 'urgent';
  text: string;
}

declare const SHED_TELEMETRY_URL: string;
declare const log: { warn(msg: string, meta?: object): void };
declare const pager: { send(alerts: ShedAlert[], opts: { signal?: AbortSignal }): Promise<void> };

const SAFETY_VALVE_PSI = 225;
const LOW_WATER_PCT = 25;

export async function readGauge(boilerId: string, signal: AbortSignal): Promise<GaugeReading> {
  try {
    const res = await fetch(`${SHED_TELEMETRY_URL}/boilers/${encodeURIComponent(boilerId)}`, { signal });
    if (!res.ok) {
      log.warn('gauge read failed', { boilerId, status: res.status });
      return { boilerId, status: 'offline' };
    }
    const body = (await res.json()) as { psi: number; glass: number; fireboxC: number };
    return { boilerId, status: 'ok', psi: body.psi, waterGlassPct: body.glass, firebox: body.fireboxC };
  } catch (err) {
    log.warn('gauge unreachable', { boilerId, err });
    return { boilerId, status: 'offline' };
  }
}

export function evaluate(reading: GaugeReading): ShedAlert | null {
  if (reading.status === 'offline') {
    return { boilerId: reading.boilerId, severity: 'urgent', text: 'gauge telemetry offline' };
  }
  if ((reading.waterGlassPct ?? 100) < LOW_WATER_PCT) {
    return {
      boilerId: reading.boilerId,
      severity: 'urgent',
      text: `water glass at ${reading.waterGlassPct}%: risk of exposing the crown sheet`,
    };
  }
  if ((reading.psi ?? 0) > SAFETY_VALVE_PSI - 10) {
    return { boilerId: reading.boilerId, severity: 'notice', text: `${reading.psi} psi, near blow-off` };
  }
  return null;
}

export async function shedSweep(boilerIds: string[], signal: AbortSignal): Promise<ShedAlert[]> {
  const alerts: ShedAlert[] = [];
  for (const id of boilerIds) {
    const reading = await readGauge(id, signal);
    const alert = evaluate(reading);
    if (alert) alerts.push(alert);
  }
  if (alerts.length > 0) {
    await pager.send(alerts, { signal });
  }
  return alerts;
}

export function formatForShedBoard(alerts: ShedAlert[]): string[] {
  const order = { urgent: 0, notice: 1 } as const;
  return [...alerts]
    .sort((a, b) => order[a.severity] - order[b.severity] || a.boilerId.localeCompare(b.boilerId))
    .map((a) => `${a.severity === 'urgent' ? '!!' : '--'} ${a.boilerId.padEnd(8)} ${a.text}`);
}
