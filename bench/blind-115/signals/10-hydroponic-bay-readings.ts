// expect: no-swallowed-abort
// readBay's bare catch turns every failure, including the AbortError raised when the survey is cancelled, into null, so an aborted survey completes and reports every remaining bay as offline.
export interface BayReading {
  bay: string;
  waterTempC: number;
  ec: number;
  ph: number;
  dissolvedO2: number;
}

export interface SurveyResult {
  readings: BayReading[];
  offline: string[];
  alerts: string[];
}

export interface SurveyOptions {
  controllerUrl: string;
  signal: AbortSignal;
}

async function readBay(controllerUrl: string, bay: string, signal: AbortSignal): Promise<BayReading | null> {
  try {
    const res = await fetch(`${controllerUrl}/bays/${bay}/sensors`, {
      headers: { accept: 'application/json' },
      signal,
    });
    if (!res.ok) return null;
    return (await res.json()) as BayReading;
  } catch {
    return null;
  }
}

function alertsFor(r: BayReading): string[] {
  const alerts: string[] = [];
  if (r.waterTempC > 24) alerts.push(`${r.bay}: water ${r.waterTempC}°C, root rot risk`);
  if (r.dissolvedO2 < 5) alerts.push(`${r.bay}: dissolved O2 ${r.dissolvedO2} mg/L`);
  if (r.ph < 5.5 || r.ph > 6.5) alerts.push(`${r.bay}: pH ${r.ph}`);
  if (r.ec < 0.8 || r.ec > 2.0) alerts.push(`${r.bay}: EC ${r.ec} mS/cm`);
  return alerts;
}

export async function surveyBays(bays: string[], { controllerUrl, signal }: SurveyOptions): Promise<SurveyResult> {
  const result: SurveyResult = { readings: [], offline: [], alerts: [] };
  for (const bay of bays) {
    const reading = await readBay(controllerUrl, bay, signal);
    if (reading === null) {
      result.offline.push(bay);
      continue;
    }
    result.readings.push(reading);
    result.alerts.push(...alertsFor(reading));
  }
  return result;
}

export function summarise(result: SurveyResult): string {
  const lines = [`${result.readings.length} bays read, ${result.offline.length} offline`];
  if (result.offline.length > 0) lines.push(`offline: ${result.offline.join(', ')}`);
  lines.push(...result.alerts);
  return lines.join('\n');
}
