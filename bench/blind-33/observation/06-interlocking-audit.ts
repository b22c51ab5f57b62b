// expect: none
// logsPromise goes into Promise.all with no await in between, and the early-started snapshot gets its rejection handler attached at creation, so nothing is left unobserved.
export interface RouteSetting {
  at: number;
  routeId: string;
  signalId: string;
  aspect: 'red' | 'yellow' | 'double-yellow' | 'green';
  operator: string;
}

export interface SectionConfig {
  sectionId: string;
  signals: string[];
  conflictingRoutes: Array<[string, string]>;
}

export interface SignalSnapshot {
  takenAt: number;
  aspects: Record<string, RouteSetting['aspect']>;
}

export interface AuditFinding {
  kind: 'conflict' | 'unknown-signal' | 'snapshot-mismatch' | 'snapshot-unavailable';
  detail: string;
}

declare const interlockingLog: {
  fetchRange(sectionId: string, from: number, to: number): Promise<RouteSetting[]>;
};

declare const configRepo: {
  get(sectionId: string): Promise<SectionConfig | null>;
};

declare const signalBus: {
  snapshot(sectionId: string): Promise<SignalSnapshot>;
};

function findConflicts(config: SectionConfig, settings: RouteSetting[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const active = new Map<string, RouteSetting>();
  for (const s of [...settings].sort((a, b) => a.at - b.at)) {
    if (!config.signals.includes(s.signalId)) {
      findings.push({ kind: 'unknown-signal', detail: `${s.signalId} set by ${s.operator} at ${s.at}` });
    }
    if (s.aspect === 'red') {
      active.delete(s.routeId);
      continue;
    }
    for (const [a, b] of config.conflictingRoutes) {
      const other = s.routeId === a ? b : s.routeId === b ? a : undefined;
      if (other && active.has(other)) {
        findings.push({ kind: 'conflict', detail: `${s.routeId} cleared while ${other} was set (t=${s.at})` });
      }
    }
    active.set(s.routeId, s);
  }
  return findings;
}

export async function auditSection(sectionId: string, from: number, to: number): Promise<AuditFinding[]> {
  const snapshot = signalBus.snapshot(sectionId).then(
    (snap) => ({ ok: true as const, snap }),
    (error: unknown) => ({ ok: false as const, error }),
  );

  const logsPromise = interlockingLog.fetchRange(sectionId, from, to);
  const [config, settings] = await Promise.all([configRepo.get(sectionId), logsPromise]);
  if (!config) {
    throw new Error(`No interlocking config for section ${sectionId}`);
  }

  const findings = findConflicts(config, settings);

  const latest = await snapshot;
  if (!latest.ok) {
    findings.push({ kind: 'snapshot-unavailable', detail: String(latest.error) });
    return findings;
  }

  const lastAspect = new Map<string, RouteSetting['aspect']>();
  for (const s of settings) {
    lastAspect.set(s.signalId, s.aspect);
  }
  for (const [signalId, aspect] of lastAspect) {
    const live = latest.snap.aspects[signalId];
    if (live && live !== aspect) {
      findings.push({ kind: 'snapshot-mismatch', detail: `${signalId}: log says ${aspect}, signal shows ${live}` });
    }
  }
  return findings;
}
