// expect: no-leaked-race
// The timeout side of Promise.race is a timers/promises sleep with no signal and the inspection request gets none either, so whichever loses keeps running.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ConditionReport {
  artifactId: string;
  humidityPct: number;
  lux: number;
  vibrationMmS: number;
  surfaceNotes: string[];
}

export interface LoanCheckpoint {
  loanId: string;
  artifactId: string;
  location: 'origin' | 'in-transit' | 'borrower';
  conservator: string;
}

declare const conditionLab: {
  inspect(artifactId: string, opts?: { signal?: AbortSignal }): Promise<ConditionReport>;
};

declare const loanLedger: {
  record(checkpoint: LoanCheckpoint, report: ConditionReport | null, verdict: string): Promise<void>;
};

const LIMITS = {
  humidity: { min: 40, max: 60 },
  maxLux: 50,
  maxVibration: 2.5,
};

class InspectionTimeout extends Error {
  constructor(artifactId: string, ms: number) {
    super(`condition check for ${artifactId} exceeded ${ms}ms`);
    this.name = 'InspectionTimeout';
  }
}

function inspectWithin(artifactId: string, ms: number): Promise<ConditionReport> {
  const deadline = sleep(ms).then((): never => {
    throw new InspectionTimeout(artifactId, ms);
  });
  return Promise.race([conditionLab.inspect(artifactId), deadline]);
}

export function verdictFor(report: ConditionReport): 'stable' | 'monitor' | 'halt-loan' {
  const problems: string[] = [];
  if (report.humidityPct < LIMITS.humidity.min || report.humidityPct > LIMITS.humidity.max) problems.push('humidity');
  if (report.lux > LIMITS.maxLux) problems.push('light');
  if (report.vibrationMmS > LIMITS.maxVibration) problems.push('vibration');
  if (report.surfaceNotes.some((n) => /flak|crack|loss/i.test(n))) return 'halt-loan';
  if (problems.length >= 2) return 'halt-loan';
  return problems.length === 1 ? 'monitor' : 'stable';
}

export async function checkpoint(cp: LoanCheckpoint): Promise<string> {
  const timeoutMs = cp.location === 'in-transit' ? 20_000 : 60_000;
  try {
    const report = await inspectWithin(cp.artifactId, timeoutMs);
    const verdict = verdictFor(report);
    await loanLedger.record(cp, report, verdict);
    return verdict;
  } catch (err) {
    if (err instanceof InspectionTimeout) {
      await loanLedger.record(cp, null, 'inspection-overdue');
      return 'inspection-overdue';
    }
    throw err;
  }
}

export async function checkAll(checkpoints: LoanCheckpoint[]): Promise<Record<string, string>> {
  const verdicts: Record<string, string> = {};
  for (const cp of checkpoints) {
    verdicts[cp.loanId] = await checkpoint(cp);
  }
  return verdicts;
}
