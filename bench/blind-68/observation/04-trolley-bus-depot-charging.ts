// expect: no-unobserved-promise
// Bug: charge sessions are pushed into an array as the loop goes; an insulation fault later in the loop throws and leaves the started sessions with no handler.
export interface DepotBus {
  fleetNo: string;
  socPct: number;
  faultCodes: string[];
  nextDeparture: Date;
}

export interface ChargeResult {
  fleetNo: string;
  bay: number;
  kwh: number;
  finalSocPct: number;
}

declare const chargers: {
  start(fleetNo: string, bay: number, targetSocPct: number): Promise<ChargeResult>;
  freeBays(): Promise<number[]>;
};

declare const depotOps: {
  flagForWorkshop(fleetNo: string, reason: string): Promise<void>;
};

export class DepotSafetyError extends Error {
  constructor(readonly fleetNo: string, readonly code: string) {
    super(`bus ${fleetNo} reported ${code}; overnight charging aborted`);
  }
}

const HV_FAULTS = new Set(['HV-ISOLATION', 'HV-GROUND', 'TRACTION-BATT-TEMP']);

function targetSoc(bus: DepotBus, now: Date): number {
  const hoursUntilOut = (bus.nextDeparture.getTime() - now.getTime()) / 3_600_000;
  // Buses going out on the early trolley-less loop need a full battery; others can top up on the wire.
  return hoursUntilOut < 6 ? 100 : 80;
}

function byDeparture(a: DepotBus, b: DepotBus): number {
  return a.nextDeparture.getTime() - b.nextDeparture.getTime();
}

export async function startOvernightCharging(buses: DepotBus[], now = new Date()): Promise<ChargeResult[]> {
  const bays = await chargers.freeBays();
  const queue = [...buses].sort(byDeparture);
  const sessions: Promise<ChargeResult>[] = [];

  for (const bus of queue) {
    const fault = bus.faultCodes.find((c) => HV_FAULTS.has(c));
    if (fault) {
      throw new DepotSafetyError(bus.fleetNo, fault);
    }
    if (bus.socPct >= 95) continue;
    const bay = bays.shift();
    if (bay === undefined) break;
    sessions.push(chargers.start(bus.fleetNo, bay, targetSoc(bus, now)));
  }

  return Promise.all(sessions);
}

export async function nightShift(buses: DepotBus[]): Promise<{ charged: ChargeResult[]; aborted?: string }> {
  try {
    const charged = await startOvernightCharging(buses);
    return { charged };
  } catch (err) {
    if (err instanceof DepotSafetyError) {
      await depotOps.flagForWorkshop(err.fleetNo, err.code);
      return { charged: [], aborted: err.message };
    }
    throw err;
  }
}
