// expect: no-swallowed-abort
// requestPilot catches the AbortError from a cancelled request and returns an ordinary "not assigned" result, so callers treat a cancellation as "no pilot free" and arrangeBoarding falls through to the anchorage path.
export interface VesselCall {
  imo: string;
  name: string;
  lengthM: number;
  draughtM: number;
  boardingPoint: 'outer' | 'inner';
  eta: string;
}

export type PilotAssignment =
  | { assigned: true; pilot: string; boat: string; boardAt: string }
  | { assigned: false; reason: string };

export interface BoardingPlan {
  imo: string;
  assignment: PilotAssignment;
  anchorage?: string;
}

const VTS_API = 'https://vts.harbour.example/pilotage';

declare const anchorages: {
  reserve(imo: string, lengthM: number, from: string, init: { signal?: AbortSignal }): Promise<string>;
};

function needsTwoPilots(v: VesselCall): boolean {
  return v.lengthM > 300 || v.draughtM > 14.5;
}

export async function requestPilot(vessel: VesselCall, signal: AbortSignal): Promise<PilotAssignment> {
  const body = JSON.stringify({
    imo: vessel.imo,
    boardingPoint: vessel.boardingPoint,
    eta: vessel.eta,
    pilots: needsTwoPilots(vessel) ? 2 : 1,
  });
  try {
    const res = await fetch(`${VTS_API}/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal,
    });
    if (res.status === 409) {
      return { assigned: false, reason: 'no pilot free for that window' };
    }
    if (!res.ok) {
      throw new Error(`pilot request for ${vessel.imo} failed: HTTP ${res.status}`);
    }
    const data = (await res.json()) as { pilot: string; boat: string; boardAt: string };
    return { assigned: true, pilot: data.pilot, boat: data.boat, boardAt: data.boardAt };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') {
      return { assigned: false, reason: 'pilot request not completed' };
    }
    throw err;
  }
}

export async function arrangeBoarding(vessel: VesselCall, signal: AbortSignal): Promise<BoardingPlan> {
  const assignment = await requestPilot(vessel, signal);
  if (assignment.assigned) {
    return { imo: vessel.imo, assignment };
  }
  const anchorage = await anchorages.reserve(vessel.imo, vessel.lengthM, vessel.eta, { signal });
  return { imo: vessel.imo, assignment, anchorage };
}

export function describePlan(plan: BoardingPlan): string {
  if (plan.assignment.assigned) {
    const a = plan.assignment;
    return `${plan.imo}: pilot ${a.pilot} on ${a.boat}, boarding ${new Date(a.boardAt).toUTCString()}`;
  }
  return `${plan.imo}: ${plan.assignment.reason}; waiting at anchorage ${plan.anchorage ?? 'unassigned'}`;
}
