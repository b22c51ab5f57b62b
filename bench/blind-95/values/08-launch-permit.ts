// expect: none
// The airspace status and pilot currency are awaited before the === comparison, before being passed to the audit's unknown-typed payload and before the truthiness check, so the permit decision uses real values.
export type AirspaceStatus = 'open' | 'restricted' | 'closed';

export interface AirspaceService {
  status(zone: string, at: Date): Promise<AirspaceStatus>;
  notamIds(zone: string, at: Date): Promise<string[]>;
}

export interface PilotRegistry {
  isCurrent(licence: string, on: Date): Promise<boolean>;
  hoursInType(licence: string, envelope: string): Promise<number>;
}

export interface AuditTrail {
  record(kind: string, payload: unknown): Promise<void>;
}

export interface LaunchRequest {
  pilotLicence: string;
  envelope: string;
  zone: string;
  plannedAt: Date;
  passengers: number;
}

export interface PermitDecision {
  granted: boolean;
  reasons: string[];
}

export async function decideLaunchPermit(
  req: LaunchRequest,
  airspace: AirspaceService,
  pilots: PilotRegistry,
  audit: AuditTrail,
): Promise<PermitDecision> {
  const reasons: string[] = [];

  const zoneStatus = await airspace.status(req.zone, req.plannedAt);
  if (zoneStatus === 'closed') reasons.push(`zone ${req.zone} closed`);
  if (zoneStatus === 'restricted') {
    const notams = await airspace.notamIds(req.zone, req.plannedAt);
    reasons.push(`zone ${req.zone} restricted by ${notams.join(', ') || 'unspecified NOTAM'}`);
  }

  const current = await pilots.isCurrent(req.pilotLicence, req.plannedAt);
  if (!current) reasons.push('pilot licence not current');

  if (req.passengers > 0) {
    const hours = await pilots.hoursInType(req.pilotLicence, req.envelope);
    if (hours < 35) reasons.push(`only ${hours}h in ${req.envelope}, 35h required for passenger flights`);
  }

  const decision: PermitDecision = { granted: reasons.length === 0, reasons };
  await audit.record('launch-permit', {
    request: { ...req, plannedAt: req.plannedAt.toISOString() },
    zoneStatus,
    pilotCurrent: current,
    decision,
  });
  return decision;
}
