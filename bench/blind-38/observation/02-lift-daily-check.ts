// expect: none
// The wind lookup starts early but turns its rejection into a value at once, so it can never reject unobserved while the other checks run.
export interface LiftUnit {
  liftId: string;
  kind: 'chair' | 'gondola' | 't-bar';
  summitStation: string;
  maxWindKmh: number;
}

export interface WindReport {
  station: string;
  gustKmh: number;
  directionDeg: number;
}

export interface CheckResult {
  liftId: string;
  status: 'open' | 'hold' | 'closed';
  reasons: string[];
}

type WindOutcome = { ok: true; report: WindReport } | { ok: false; error: unknown };

declare const anemometers: { latest(station: string): Promise<WindReport> };
declare const brakes: { testService(liftId: string): Promise<{ passed: boolean; stopDistanceM: number }> };
declare const evacuation: { rescueKitSealed(liftId: string): Promise<boolean> };
declare const patrol: { postStatus(result: CheckResult): Promise<void> };

export async function dailyCheck(lift: LiftUnit): Promise<CheckResult> {
  const wind: Promise<WindOutcome> = anemometers.latest(lift.summitStation).then(
    (report) => ({ ok: true, report }),
    (error: unknown) => ({ ok: false, error }),
  );

  const reasons: string[] = [];
  const brake = await brakes.testService(lift.liftId);
  if (!brake.passed) {
    reasons.push(`service brake failed (${brake.stopDistanceM.toFixed(1)} m)`);
  }
  const kitSealed = await evacuation.rescueKitSealed(lift.liftId);
  if (!kitSealed) {
    reasons.push('rescue kit seal broken');
  }

  const windOutcome = await wind;
  let status: CheckResult['status'] = reasons.length > 0 ? 'closed' : 'open';
  if (!windOutcome.ok) {
    reasons.push('summit anemometer unreachable');
    if (status === 'open') status = 'hold';
  } else if (windOutcome.report.gustKmh > lift.maxWindKmh) {
    reasons.push(`gusts ${windOutcome.report.gustKmh} km/h over ${lift.maxWindKmh}`);
    if (status === 'open') status = lift.kind === 't-bar' ? 'hold' : 'closed';
  }

  const result: CheckResult = { liftId: lift.liftId, status, reasons };
  await patrol.postStatus(result);
  return result;
}

export async function morningRound(lifts: readonly LiftUnit[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const lift of lifts) {
    results.push(await dailyCheck(lift));
  }
  return results.sort((a, b) => a.status.localeCompare(b.status));
}
