// expect: no-unobserved-promise
// All court inspections start at once but are awaited one by one; the early return on a critical finding (or a throw) leaves later inspections with no handler if they reject.
export interface Court {
  courtId: string;
  zone: 'main-floor' | 'dodgeball' | 'foam-pit' | 'ninja-course' | 'toddler';
  trampolines: number;
}

export interface InspectionResult {
  courtId: string;
  severity: 'ok' | 'minor' | 'critical';
  findings: string[];
  inspectedAt: Date;
}

export interface OpeningDecision {
  status: 'open' | 'partial' | 'closed';
  closedCourts: string[];
  notes: string[];
}

declare const inspectionService: {
  inspect(court: Court): Promise<InspectionResult>;
};

declare const frontDesk: {
  closeCourts(courtIds: string[], reason: string): Promise<void>;
  closePark(reason: string): Promise<void>;
  notifyManager(message: string): Promise<void>;
};

const ALWAYS_CRITICAL = new Set(['torn-mat', 'spring-missing', 'frame-crack']);

function effectiveSeverity(result: InspectionResult): InspectionResult['severity'] {
  if (result.findings.some((f) => ALWAYS_CRITICAL.has(f))) return 'critical';
  return result.severity;
}

export async function morningInspection(courts: Court[]): Promise<OpeningDecision> {
  const inspections = courts.map((court) => inspectionService.inspect(court));
  const closedCourts: string[] = [];
  const notes: string[] = [];

  for (const [index, inspection] of inspections.entries()) {
    const court = courts[index];
    const result = await inspection;
    const severity = effectiveSeverity(result);

    if (severity === 'critical' && (court.zone === 'main-floor' || court.zone === 'foam-pit')) {
      const reason = `${court.courtId}: ${result.findings.join(', ')}`;
      await frontDesk.closePark(reason);
      await frontDesk.notifyManager(`Park closed before opening - ${reason}`);
      return { status: 'closed', closedCourts: courts.map((c) => c.courtId), notes: [reason] };
    }

    if (severity === 'critical') {
      closedCourts.push(court.courtId);
      notes.push(`${court.courtId} closed: ${result.findings.join(', ')}`);
    } else if (severity === 'minor') {
      notes.push(`${court.courtId} minor: ${result.findings.join(', ')}`);
    }
  }

  if (closedCourts.length > 0) {
    await frontDesk.closeCourts(closedCourts, 'failed morning inspection');
  }

  return {
    status: closedCourts.length === 0 ? 'open' : 'partial',
    closedCourts,
    notes,
  };
}

export function capacityAfter(courts: Court[], decision: OpeningDecision, jumpersPerTrampoline = 1): number {
  if (decision.status === 'closed') return 0;
  const closed = new Set(decision.closedCourts);
  return courts
    .filter((court) => !closed.has(court.courtId))
    .reduce((sum, court) => sum + court.trampolines * (court.zone === 'toddler' ? 2 : jumpersPerTrampoline), 0);
}
