// expect: no-unchecked-settled-results
// After counting rejected self-tests, every result is cast to PromiseFulfilledResult and .value read, so any tolerated offline seismograph crashes the baseline calculation.
export interface Seismograph {
  id: string;
  distanceM: number;
  bearingDeg: number;
}

export interface SelfTest {
  seismographId: string;
  batteryPct: number;
  baselinePpvMmS: number;
  clockDriftMs: number;
}

export interface ReadinessReport {
  blastId: string;
  ready: boolean;
  offline: number;
  maxBaselinePpv: number;
  reasons: string[];
}

export interface BlastPlan {
  id: string;
  bench: string;
  holes: number;
  chargePerDelayKg: number;
  seismographs: Seismograph[];
}

declare const seismo: {
  selfTest(seismographId: string): Promise<SelfTest>;
};

declare const register: {
  recordReadiness(report: ReadinessReport): Promise<void>;
};

const MAX_OFFLINE = 1;
const MAX_BASELINE_PPV = 0.5;
const MIN_BATTERY = 30;
const MAX_DRIFT_MS = 20;

function scaledDistance(distanceM: number, chargeKg: number): number {
  return distanceM / Math.sqrt(chargeKg);
}

export async function checkReadiness(plan: BlastPlan): Promise<ReadinessReport> {
  const reasons: string[] = [];
  const nearest = [...plan.seismographs].sort((a, b) => a.distanceM - b.distanceM);
  if (nearest.length === 0) {
    throw new Error(`Blast ${plan.id} has no seismographs assigned`);
  }
  if (scaledDistance(nearest[0].distanceM, plan.chargePerDelayKg) < 22) {
    reasons.push(`nearest monitor ${nearest[0].id} is inside the scaled-distance limit`);
  }

  const checks = await Promise.allSettled(plan.seismographs.map((s) => seismo.selfTest(s.id)));
  const offline = checks.filter((c) => c.status === 'rejected').length;
  if (offline > MAX_OFFLINE) {
    reasons.push(`${offline} seismographs failed self-test (max ${MAX_OFFLINE})`);
  }

  const tests = checks.map((c) => (c as PromiseFulfilledResult<SelfTest>).value);
  for (const t of tests) {
    if (t.batteryPct < MIN_BATTERY) {
      reasons.push(`${t.seismographId} battery at ${t.batteryPct}%`);
    }
    if (Math.abs(t.clockDriftMs) > MAX_DRIFT_MS) {
      reasons.push(`${t.seismographId} clock drift ${t.clockDriftMs}ms`);
    }
  }
  const maxBaselinePpv = Math.max(0, ...tests.map((t) => t.baselinePpvMmS));
  if (maxBaselinePpv > MAX_BASELINE_PPV) {
    reasons.push(`background vibration ${maxBaselinePpv.toFixed(2)} mm/s exceeds ${MAX_BASELINE_PPV}`);
  }

  const report: ReadinessReport = {
    blastId: plan.id,
    ready: reasons.length === 0,
    offline,
    maxBaselinePpv,
    reasons,
  };
  await register.recordReadiness(report);
  return report;
}
