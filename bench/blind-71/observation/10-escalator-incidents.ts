// expect: none
// Both lookups start together and are awaited at once via Promise.all; the audit write in finally is awaited on every path.
export interface Incident {
  id: string;
  unitId: string;
  station: string;
  kind: "comb-plate" | "handrail" | "step-gap" | "emergency-stop";
  reportedAt: Date;
}

export interface TriageDecision {
  incidentId: string;
  severity: 1 | 2 | 3;
  closeUnit: boolean;
  crew: string | null;
}

declare const unitHistory: {
  recent(unitId: string, days: number): Promise<Incident[]>;
};

declare const crewRoster: {
  onShift(station: string): Promise<string[]>;
};

declare const auditTrail: {
  record(entry: { incidentId: string; decision: TriageDecision | null; error?: string }): Promise<void>;
};

const BASE_SEVERITY: Record<Incident["kind"], 1 | 2 | 3> = {
  "comb-plate": 2,
  handrail: 2,
  "step-gap": 3,
  "emergency-stop": 1,
};

function escalate(base: 1 | 2 | 3, repeats: number): 1 | 2 | 3 {
  const bumped = base + (repeats >= 3 ? 1 : 0);
  return Math.min(3, bumped) as 1 | 2 | 3;
}

export async function triage(incident: Incident): Promise<TriageDecision> {
  let decision: TriageDecision | null = null;
  let failure: string | undefined;
  try {
    const [history, crews] = await Promise.all([
      unitHistory.recent(incident.unitId, 30),
      crewRoster.onShift(incident.station),
    ]);

    const repeats = history.filter((h) => h.kind === incident.kind && h.id !== incident.id).length;
    const severity = escalate(BASE_SEVERITY[incident.kind], repeats);
    decision = {
      incidentId: incident.id,
      severity,
      closeUnit: severity === 3,
      crew: crews[0] ?? null,
    };
    return decision;
  } catch (err) {
    failure = (err as Error).message;
    throw err;
  } finally {
    await auditTrail.record({ incidentId: incident.id, decision, error: failure });
  }
}

export async function triageBacklog(incidents: Incident[]): Promise<TriageDecision[]> {
  const ordered = [...incidents].sort((a, b) => a.reportedAt.getTime() - b.reportedAt.getTime());
  const decisions: TriageDecision[] = [];
  for (const incident of ordered) {
    decisions.push(await triage(incident));
  }
  return decisions;
}
