// expect: no-unobserved-promise
// The certificate lookup is started before the decommissioned/never-inspected checks, so on those early return/throw paths its promise is abandoned and a rejection goes unhandled.
export interface ElevatorUnit {
  unitId: string;
  buildingId: string;
  kind: 'traction' | 'hydraulic' | 'MRL';
  status: 'in-service' | 'out-of-service' | 'decommissioned';
  lastInspection?: Date;
  floorsServed: number;
}

export interface OperatingCertificate {
  certificateNo: string;
  expiresOn: Date;
  conditions: string[];
}

export interface InspectionSlot {
  unitId: string;
  dueBy: Date;
  priority: 'routine' | 'urgent' | 'overdue';
  certificateNo: string;
  notes: string[];
}

declare const stateRegistry: {
  certificate(unitId: string): Promise<OperatingCertificate>;
};

declare const calendar: {
  reserve(slot: InspectionSlot): Promise<string>;
};

const DAY_MS = 86_400_000;

const INTERVAL_DAYS: Record<ElevatorUnit['kind'], number> = {
  traction: 365,
  hydraulic: 365,
  MRL: 180,
};

export class MissingInspectionHistoryError extends Error {
  constructor(readonly unitId: string) {
    super(`unit ${unitId} has no recorded inspection; schedule an acceptance test instead`);
  }
}

export async function scheduleNextInspection(
  unit: ElevatorUnit,
  today = new Date(),
): Promise<string | null> {
  const certLookup = stateRegistry.certificate(unit.unitId);

  if (unit.status === 'decommissioned') {
    return null;
  }
  if (!unit.lastInspection) {
    throw new MissingInspectionHistoryError(unit.unitId);
  }

  const interval = INTERVAL_DAYS[unit.kind] * DAY_MS;
  const dueBy = new Date(unit.lastInspection.getTime() + interval);
  const cert = await certLookup;

  const notes: string[] = [...cert.conditions];
  let priority: InspectionSlot['priority'] = 'routine';

  if (dueBy.getTime() < today.getTime()) {
    priority = 'overdue';
    notes.push(`overdue by ${Math.ceil((today.getTime() - dueBy.getTime()) / DAY_MS)} days`);
  } else if (cert.expiresOn.getTime() - today.getTime() < 30 * DAY_MS) {
    priority = 'urgent';
    notes.push(`certificate ${cert.certificateNo} expires ${cert.expiresOn.toISOString().slice(0, 10)}`);
  }
  if (unit.status === 'out-of-service') {
    notes.push('unit currently out of service; coordinate with building engineer');
  }

  return calendar.reserve({
    unitId: unit.unitId,
    dueBy: priority === 'urgent' ? cert.expiresOn : dueBy,
    priority,
    certificateNo: cert.certificateNo,
    notes,
  });
}
