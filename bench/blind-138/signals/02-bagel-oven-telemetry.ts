// expect: no-swallowed-abort
// The catch wraps every failure, including the AbortError raised when the caller cancels, in a TelemetryError, so callers checking err.name === 'AbortError' treat a cancellation as an oven fault.
export interface TelemetryPoint {
  at: string;
  deckC: number;
  steamPct: number;
}

export interface OvenTelemetry {
  ovenId: string;
  points: TelemetryPoint[];
  avgDeckC: number;
  steamEvents: number;
}

export class TelemetryError extends Error {
  constructor(readonly ovenId: string, detail: string) {
    super(`Telemetry for oven ${ovenId} unavailable: ${detail}`);
    this.name = 'TelemetryError';
  }
}

function summarize(ovenId: string, points: TelemetryPoint[]): OvenTelemetry {
  const avgDeckC = points.length ? points.reduce((sum, p) => sum + p.deckC, 0) / points.length : 0;
  let steamEvents = 0;
  for (let i = 1; i < points.length; i++) {
    if (points[i]!.steamPct > 60 && points[i - 1]!.steamPct <= 60) steamEvents++;
  }
  return { ovenId, points, avgDeckC: Math.round(avgDeckC * 10) / 10, steamEvents };
}

export async function loadOvenTelemetry(
  controllerUrl: string,
  ovenId: string,
  signal: AbortSignal,
  windowMinutes = 15,
): Promise<OvenTelemetry> {
  try {
    const url = `${controllerUrl}/ovens/${encodeURIComponent(ovenId)}/telemetry?window=${windowMinutes}m`;
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!res.ok) {
      throw new Error(`HTTP ${res.status}`);
    }
    const points = (await res.json()) as TelemetryPoint[];
    return summarize(ovenId, points);
  } catch (err) {
    throw new TelemetryError(ovenId, err instanceof Error ? err.message : String(err));
  }
}

export async function loadShiftDashboard(
  controllerUrl: string,
  ovenIds: string[],
  signal: AbortSignal,
): Promise<{ ovens: OvenTelemetry[]; coldOvens: string[] }> {
  const ovens = await Promise.all(ovenIds.map((id) => loadOvenTelemetry(controllerUrl, id, signal)));
  const coldOvens = ovens.filter((o) => o.avgDeckC < 215).map((o) => o.ovenId);
  return { ovens, coldOvens };
}
