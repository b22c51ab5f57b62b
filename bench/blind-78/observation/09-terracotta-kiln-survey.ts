// expect: no-unchecked-settled-results
// The alarm-log result of Promise.allSettled is cast to a fulfilled result and read via `.value ?? []` without checking status, so a failed alarm fetch silently reports "no alarms".
export interface KilnReading {
  kilnId: string;
  zone: 'front' | 'middle' | 'back';
  tempC: number;
  at: string;
}

export interface KilnAlarm {
  kilnId: string;
  code: 'OVERTEMP' | 'FLAME_OUT' | 'DAMPER_STUCK';
  raisedAt: string;
}

export interface KilnSurvey {
  kilnId: string;
  maxTempC: number | null;
  spreadC: number | null;
  alarms: KilnAlarm[];
  stage: 'drying' | 'bisque' | 'glost' | 'cooling' | 'unknown';
  problems: string[];
}

declare const kilnApi: {
  readings(kilnId: string, sinceMinutes: number): Promise<KilnReading[]>;
  alarms(kilnId: string): Promise<KilnAlarm[]>;
  firingPlan(kilnId: string): Promise<{ stage: KilnSurvey['stage']; targetC: number }>;
};

function zoneSpread(readings: KilnReading[]): number | null {
  if (readings.length === 0) return null;
  const latestByZone = new Map<KilnReading['zone'], number>();
  for (const r of [...readings].sort((a, b) => a.at.localeCompare(b.at))) latestByZone.set(r.zone, r.tempC);
  const temps = [...latestByZone.values()];
  return Math.max(...temps) - Math.min(...temps);
}

export async function surveyKiln(kilnId: string): Promise<KilnSurvey> {
  const [readingsResult, alarmsResult, planResult] = await Promise.allSettled([
    kilnApi.readings(kilnId, 30),
    kilnApi.alarms(kilnId),
    kilnApi.firingPlan(kilnId),
  ]);

  const problems: string[] = [];

  let readings: KilnReading[] = [];
  if (readingsResult.status === 'fulfilled') {
    readings = readingsResult.value;
  } else {
    problems.push(`thermocouple feed unavailable: ${String(readingsResult.reason)}`);
  }

  const alarms = (alarmsResult as PromiseFulfilledResult<KilnAlarm[]>).value ?? [];

  let stage: KilnSurvey['stage'] = 'unknown';
  let targetC: number | null = null;
  if (planResult.status === 'fulfilled') {
    stage = planResult.value.stage;
    targetC = planResult.value.targetC;
  } else {
    problems.push('firing plan unavailable');
  }

  const maxTempC = readings.length ? Math.max(...readings.map((r) => r.tempC)) : null;
  const spreadC = zoneSpread(readings);
  // Terracotta cracks if one end of the chamber runs far ahead of the other during bisque.
  if (spreadC !== null && spreadC > 40 && stage === 'bisque') problems.push(`zone spread ${spreadC}°C during bisque`);
  if (maxTempC !== null && targetC !== null && maxTempC > targetC + 25) problems.push(`overshooting target by ${maxTempC - targetC}°C`);
  for (const alarm of alarms) problems.push(`alarm ${alarm.code} since ${alarm.raisedAt}`);

  return { kilnId, maxTempC, spreadC, alarms, stage, problems };
}

export async function surveyYard(kilnIds: string[]): Promise<KilnSurvey[]> {
  const surveys: KilnSurvey[] = [];
  for (const id of kilnIds) surveys.push(await surveyKiln(id));
  return surveys.sort((a, b) => b.problems.length - a.problems.length);
}
