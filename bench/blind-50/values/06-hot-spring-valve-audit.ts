// expect: none
// The valve position and the commanded position are both awaited before the === comparison, and the truthiness check is on an awaited boolean.

export interface ValveCommand {
  valveId: string;
  percent: number;
  issuedBy: string;
  issuedAt: string;
}

export interface AuditFinding {
  valveId: string;
  kind: 'mismatch' | 'stuck' | 'locked-out' | 'ok';
  detail: string;
}

declare const valveBus: {
  position(valveId: string): Promise<number>;
  isLockedOut(valveId: string): Promise<boolean>;
  nudge(valveId: string, deltaPercent: number): Promise<void>;
};

declare const commandLog: {
  lastCommand(valveId: string): Promise<ValveCommand | undefined>;
};

declare const maintenance: {
  openTicket(valveId: string, detail: string): Promise<string>;
};

const TOLERANCE_PERCENT = 2;

export async function auditValve(valveId: string): Promise<AuditFinding> {
  if (await valveBus.isLockedOut(valveId)) {
    return { valveId, kind: 'locked-out', detail: 'valve is under maintenance lock-out' };
  }
  const [actual, command] = await Promise.all([valveBus.position(valveId), commandLog.lastCommand(valveId)]);
  const expected = command?.percent ?? 0;
  if (actual === expected) {
    return { valveId, kind: 'ok', detail: `at ${actual}%` };
  }
  if (Math.abs(actual - expected) <= TOLERANCE_PERCENT) {
    return { valveId, kind: 'ok', detail: `at ${actual}% (commanded ${expected}%, within tolerance)` };
  }

  const before = actual;
  await valveBus.nudge(valveId, expected > actual ? 1 : -1);
  const after = await valveBus.position(valveId);
  if (after === before) {
    return { valveId, kind: 'stuck', detail: `did not move from ${before}% when nudged` };
  }
  return {
    valveId,
    kind: 'mismatch',
    detail: `at ${after}% but last command was ${expected}% by ${command?.issuedBy ?? 'unknown'}`,
  };
}

export async function auditSpring(valveIds: string[]): Promise<AuditFinding[]> {
  const findings: AuditFinding[] = [];
  for (const valveId of valveIds) {
    const finding = await auditValve(valveId);
    if (finding.kind === 'stuck' || finding.kind === 'mismatch') {
      const ticket = await maintenance.openTicket(valveId, finding.detail);
      finding.detail += ` (ticket ${ticket})`;
    }
    findings.push(finding);
  }
  return findings;
}

export function summarise(findings: AuditFinding[]): string {
  const counts = new Map<AuditFinding['kind'], number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return ['ok', 'mismatch', 'stuck', 'locked-out']
    .map((k) => `${k}: ${counts.get(k as AuditFinding['kind']) ?? 0}`)
    .join(', ');
}
