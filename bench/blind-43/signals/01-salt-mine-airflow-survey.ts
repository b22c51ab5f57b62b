// expect: require-signal-propagation
// The caller's signal reaches every station fetch but not the final report POST, so an aborted survey still uploads.
export interface StationReading {
  stationId: string;
  level: number;
  airflowMps: number;
  methanePpm: number;
  co2Percent: number;
}

export interface SurveyOptions {
  baseUrl: string;
  token: string;
  signal?: AbortSignal;
  minAirflowMps?: number;
}

export interface SurveyReport {
  surveyedAt: string;
  readings: StationReading[];
  belowMinimum: string[];
  gasAlerts: string[];
}

declare const surveyLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

function authHeaders(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}`, accept: 'application/json' };
}

async function readStation(stationId: string, options: SurveyOptions): Promise<StationReading> {
  const res = await fetch(`${options.baseUrl}/stations/${encodeURIComponent(stationId)}/latest`, {
    headers: authHeaders(options.token),
    signal: options.signal,
  });
  if (!res.ok) throw new Error(`station ${stationId}: HTTP ${res.status}`);
  return (await res.json()) as StationReading;
}

export function buildReport(readings: StationReading[], minAirflowMps: number): SurveyReport {
  return {
    surveyedAt: new Date().toISOString(),
    readings,
    belowMinimum: readings.filter((r) => r.airflowMps < minAirflowMps).map((r) => r.stationId),
    gasAlerts: readings
      .filter((r) => r.methanePpm > 5000 || r.co2Percent > 0.5)
      .map((r) => `${r.stationId}: CH4 ${r.methanePpm}ppm, CO2 ${r.co2Percent}%`),
  };
}

export async function runAirflowSurvey(stationIds: string[], options: SurveyOptions): Promise<SurveyReport> {
  const readings: StationReading[] = [];
  for (const stationId of stationIds) {
    readings.push(await readStation(stationId, options));
  }

  const report = buildReport(readings, options.minAirflowMps ?? 0.25);
  const res = await fetch(`${options.baseUrl}/surveys`, {
    method: 'POST',
    headers: { ...authHeaders(options.token), 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
  if (!res.ok) throw new Error(`survey upload failed: HTTP ${res.status}`);

  surveyLog.info('airflow survey filed', {
    stations: readings.length,
    belowMinimum: report.belowMinimum.length,
    gasAlerts: report.gasAlerts.length,
  });
  return report;
}
