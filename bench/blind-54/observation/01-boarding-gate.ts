// expect: no-unobserved-promise
// The manifest request is started before the ticket scans are validated and only awaited afterwards; if it rejects during those awaits nothing is attached to it.
export interface Ticket {
  code: string;
  sailingId: string;
  vehicle?: { plate: string; lengthM: number };
  passengers: number;
}

export interface Manifest {
  sailingId: string;
  vessel: string;
  laneMetresFree: number;
  seatsFree: number;
  boarded: string[];
}

export interface GateDecision {
  code: string;
  allowed: boolean;
  reason?: string;
  lane?: number;
}

declare const manifests: { fetch(sailingId: string): Promise<Manifest> };
declare const ticketing: {
  verify(code: string): Promise<{ valid: boolean; refunded: boolean }>;
  markBoarded(code: string, sailingId: string): Promise<void>;
};
declare const lanes: { assign(lengthM: number, freeMetres: number): number | undefined };

export async function processGateBatch(sailingId: string, tickets: Ticket[]): Promise<GateDecision[]> {
  const manifestRequest = manifests.fetch(sailingId);

  const verified: Ticket[] = [];
  const decisions: GateDecision[] = [];
  for (const ticket of tickets) {
    if (ticket.sailingId !== sailingId) {
      decisions.push({ code: ticket.code, allowed: false, reason: `ticket is for ${ticket.sailingId}` });
      continue;
    }
    const status = await ticketing.verify(ticket.code);
    if (!status.valid || status.refunded) {
      decisions.push({ code: ticket.code, allowed: false, reason: status.refunded ? "refunded" : "invalid" });
      continue;
    }
    verified.push(ticket);
  }

  const manifest = await manifestRequest;
  let laneMetres = manifest.laneMetresFree;
  let seats = manifest.seatsFree;
  const boarded = new Set(manifest.boarded);

  for (const ticket of verified) {
    if (boarded.has(ticket.code)) {
      decisions.push({ code: ticket.code, allowed: false, reason: "already boarded" });
      continue;
    }
    if (ticket.passengers > seats) {
      decisions.push({ code: ticket.code, allowed: false, reason: "passenger deck full" });
      continue;
    }
    let lane: number | undefined;
    if (ticket.vehicle) {
      lane = lanes.assign(ticket.vehicle.lengthM, laneMetres);
      if (lane === undefined) {
        decisions.push({ code: ticket.code, allowed: false, reason: "car deck full" });
        continue;
      }
      laneMetres -= ticket.vehicle.lengthM + 0.5;
    }
    seats -= ticket.passengers;
    await ticketing.markBoarded(ticket.code, sailingId);
    decisions.push({ code: ticket.code, allowed: true, lane });
  }
  return decisions;
}
