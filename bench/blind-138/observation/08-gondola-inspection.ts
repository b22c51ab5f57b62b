// expect: no-unobserved-promise
// The audit append is started before the severity check, and on the critical path it is held across the lock-out await and then abandoned by the throw, so its rejection is never handled.
export interface Check {
  component: 'grip' | 'hanger' | 'door' | 'sheave' | 'haul-rope';
  passed: boolean;
  severity: 'minor' | 'major' | 'critical';
  note?: string;
}

export interface InspectionReport {
  cabinId: string;
  inspector: string;
  performedAt: Date;
  checks: Check[];
}

export interface AuditLog {
  append(entry: { cabinId: string; actor: string; at: Date; kind: string; detail: string }): Promise<void>;
}

export interface LiftControl {
  lockOut(cabinId: string, reason: string): Promise<void>;
  returnToLine(cabinId: string): Promise<void>;
}

export class CabinGroundedError extends Error {
  constructor(readonly cabinId: string, readonly failures: Check[]) {
    super(`Cabin ${cabinId} grounded: ${failures.map((f) => f.component).join(', ')}`);
    this.name = 'CabinGroundedError';
  }
}

export interface InspectionOutcome {
  cabinId: string;
  returned: boolean;
  followUps: string[];
}

export class InspectionDesk {
  constructor(private readonly audit: AuditLog, private readonly lift: LiftControl) {}

  async complete(report: InspectionReport): Promise<InspectionOutcome> {
    const failures = report.checks.filter((c) => !c.passed);
    const audited = this.audit.append({
      cabinId: report.cabinId,
      actor: report.inspector,
      at: report.performedAt,
      kind: 'inspection',
      detail: `${report.checks.length} checks, ${failures.length} failed`,
    });

    const critical = failures.filter((f) => f.severity === 'critical');
    if (critical.length > 0) {
      await this.lift.lockOut(report.cabinId, critical.map((c) => c.note ?? c.component).join('; '));
      throw new CabinGroundedError(report.cabinId, critical);
    }

    await audited;
    await this.lift.returnToLine(report.cabinId);

    return {
      cabinId: report.cabinId,
      returned: true,
      followUps: failures.map((f) => `${f.component} (${f.severity})${f.note ? `: ${f.note}` : ''}`),
    };
  }
}

export function overdueCabins(last: Map<string, Date>, now: Date, maxDays = 7): string[] {
  const limit = maxDays * 86_400_000;
  return [...last].filter(([, at]) => now.getTime() - at.getTime() > limit).map(([id]) => id);
}
