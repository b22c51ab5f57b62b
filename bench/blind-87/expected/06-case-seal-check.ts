// expect: no-uncalled-async-function
// `await monitor.isSealed` awaits the method itself instead of calling it, so `sealed` is always a function and a breached case is never reported.
export interface CaseMonitor {
  readonly caseId: string;
  isSealed(): Promise<boolean>;
  readings(hours: number): Promise<Array<{ at: string; rhPct: number; tempC: number; lux: number }>>;
}

declare const monitors: { for(caseId: string): CaseMonitor };
declare const incidents: {
  open(caseId: string, kind: 'seal-breach' | 'rh-drift' | 'light-exposure', detail: string): Promise<string>;
};

export interface CaseCheck {
  caseId: string;
  incidents: string[];
}

// Lux limit for light-sensitive works on paper and textiles.
const LUX_LIMIT = 50;
const RH_DRIFT_PCT = 5;

export async function checkDisplayCase(caseId: string): Promise<CaseCheck> {
  const monitor = monitors.for(caseId);
  const opened: string[] = [];

  const sealed = await monitor.isSealed;
  if (!sealed) {
    opened.push(await incidents.open(caseId, 'seal-breach', 'gasket sensor reports the case is open'));
  }

  const readings = await monitor.readings(24);
  if (readings.length > 1) {
    const rh = readings.map((r) => r.rhPct);
    const drift = Math.max(...rh) - Math.min(...rh);
    if (drift > RH_DRIFT_PCT) {
      opened.push(await incidents.open(caseId, 'rh-drift', `RH varied ${drift.toFixed(1)}% in 24h`));
    }
  }
  const bright = readings.filter((r) => r.lux > LUX_LIMIT);
  if (bright.length > 0) {
    opened.push(
      await incidents.open(caseId, 'light-exposure', `${bright.length} readings above ${LUX_LIMIT} lux`),
    );
  }

  return { caseId, incidents: opened };
}

export async function morningRound(caseIds: string[]): Promise<CaseCheck[]> {
  const results: CaseCheck[] = [];
  for (const id of caseIds) {
    try {
      results.push(await checkDisplayCase(id));
    } catch (err) {
      console.error(`[conservation] could not check case ${id}`, err);
    }
  }
  return results;
}
