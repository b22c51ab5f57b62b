// expect: none
// The audit session is started early but gets its rejection handler attached at once; the manifest and gate list are awaited together.
export interface Ticket {
  code: string;
  sailingId: string;
  vehicle: boolean;
  passengers: number;
}

export interface GateAssignment {
  gateId: string;
  lane: 'foot' | 'vehicle';
  open: boolean;
}

interface AuditSession {
  record(event: string, detail: Record<string, unknown>): Promise<void>;
  close(): Promise<void>;
}

declare const terminalApi: {
  manifest(sailingId: string): Promise<Map<string, Ticket>>;
  gates(terminal: string): Promise<GateAssignment[]>;
  openGate(gateId: string): Promise<void>;
};

declare const auditLog: {
  open(sailingId: string): Promise<AuditSession>;
};

declare const opsLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export interface BoardingPlan {
  sailingId: string;
  footGates: string[];
  vehicleGates: string[];
  expectedPassengers: number;
  expectedVehicles: number;
}

export async function prepareBoarding(terminal: string, sailingId: string): Promise<BoardingPlan> {
  const audit = auditLog.open(sailingId).then(
    (session) => session,
    (err: unknown) => {
      opsLog.warn('audit log unavailable; boarding continues without it', { sailingId, err: String(err) });
      return null;
    },
  );

  const [manifest, gates] = await Promise.all([terminalApi.manifest(sailingId), terminalApi.gates(terminal)]);

  let expectedPassengers = 0;
  let expectedVehicles = 0;
  for (const ticket of manifest.values()) {
    expectedPassengers += ticket.passengers;
    if (ticket.vehicle) expectedVehicles += 1;
  }

  const footGates = gates.filter((g) => g.lane === 'foot').map((g) => g.gateId);
  const vehicleGates = gates.filter((g) => g.lane === 'vehicle').map((g) => g.gateId);
  if (footGates.length === 0) {
    throw new Error(`Terminal ${terminal} has no foot-passenger gate configured`);
  }

  for (const gate of gates) {
    if (!gate.open) {
      await terminalApi.openGate(gate.gateId);
    }
  }

  const session = await audit;
  if (session) {
    await session.record('boarding.prepared', { terminal, expectedPassengers, expectedVehicles });
    await session.close();
  }

  return { sailingId, footGates, vehicleGates, expectedPassengers, expectedVehicles };
}

export function validateTicket(plan: BoardingPlan, ticket: Ticket, gateId: string): 'ok' | 'wrong-sailing' | 'wrong-lane' {
  if (ticket.sailingId !== plan.sailingId) {
    return 'wrong-sailing';
  }
  const vehicleLane = plan.vehicleGates.includes(gateId);
  return ticket.vehicle === vehicleLane ? 'ok' : 'wrong-lane';
}
