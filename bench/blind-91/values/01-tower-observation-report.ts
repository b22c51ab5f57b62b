// expect: no-promise-as-value
// sensors.visibilityKm() is async but goes into the report object un-awaited, so JSON.stringify sends "visibilityKm": {} to dispatch.
interface SmokeObservation {
  sighted: boolean;
  bearingDeg?: number;
  colour?: 'white' | 'grey' | 'black';
}

declare const sensors: {
  visibilityKm(towerId: string): Promise<number>;
  windKph(towerId: string): Promise<{ speed: number; fromDeg: number }>;
};

declare const lookout: {
  currentObservation(towerId: string): Promise<SmokeObservation>;
  observerOnDuty(towerId: string): Promise<string | null>;
};

const DISPATCH_URL = process.env.DISPATCH_URL ?? 'https://dispatch.forestry.example/api/tower-reports';

export async function buildReport(towerId: string) {
  const [smoke, wind, observer] = await Promise.all([
    lookout.currentObservation(towerId),
    sensors.windKph(towerId),
    lookout.observerOnDuty(towerId),
  ]);

  return {
    towerId,
    observer: observer ?? 'unstaffed',
    smoke,
    wind,
    visibilityKm: sensors.visibilityKm(towerId),
    observedAt: new Date().toISOString(),
  };
}

export async function sendHourlyReport(towerId: string, signal?: AbortSignal): Promise<void> {
  const report = await buildReport(towerId);
  const res = await fetch(DISPATCH_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
    signal,
  });
  if (!res.ok) {
    throw new Error(`dispatch rejected report from ${towerId}: ${res.status} ${await res.text()}`);
  }
}

export async function sendAllReports(towerIds: string[], signal?: AbortSignal) {
  const failures: string[] = [];
  for (const id of towerIds) {
    try {
      await sendHourlyReport(id, signal);
    } catch (err) {
      if (signal?.aborted) throw err;
      failures.push(`${id}: ${(err as Error).message}`);
    }
  }
  return failures;
}
