// expect: none
// The crane availability and tide window are awaited before being placed in the JSON body, so the port authority receives plain values.
export interface VesselCall {
  imo: string;
  name: string;
  loaM: number;
  draughtM: number;
  containersToMove: number;
  eta: string;
}

export interface CraneRoster {
  availableCranes(berth: string, from: string, hours: number): Promise<string[]>;
}

export interface TideService {
  window(draughtM: number, after: string): Promise<{ opens: string; closes: string }>;
}

const MOVES_PER_CRANE_HOUR = 28;

export class BerthWindowRequester {
  constructor(
    private readonly roster: CraneRoster,
    private readonly tides: TideService,
    private readonly authorityUrl: string,
  ) {}

  async requestWindow(berth: string, call: VesselCall): Promise<{ reference: string }> {
    const roughHours = Math.ceil(call.containersToMove / (MOVES_PER_CRANE_HOUR * 3));
    const [cranes, tide] = await Promise.all([
      this.roster.availableCranes(berth, call.eta, roughHours),
      this.tides.window(call.draughtM, call.eta),
    ]);
    if (cranes.length === 0) {
      throw new Error(`no quay cranes available at ${berth} for ${call.name}`);
    }

    const workHours = Math.ceil(call.containersToMove / (MOVES_PER_CRANE_HOUR * cranes.length));
    const body = JSON.stringify({
      berth,
      vessel: { imo: call.imo, name: call.name, loaM: call.loaM, draughtM: call.draughtM },
      cranes,
      estimatedWorkHours: workHours,
      tideWindow: tide,
    });

    const res = await fetch(`${this.authorityUrl}/berth-windows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (!res.ok) {
      throw new Error(`port authority rejected berth window for ${call.imo}: ${res.status}`);
    }
    return (await res.json()) as { reference: string };
  }
}

export function fitsBerth(call: VesselCall, berthLengthM: number, berthDepthM: number): boolean {
  return call.loaM + 20 <= berthLengthM && call.draughtM + 1 <= berthDepthM;
}
