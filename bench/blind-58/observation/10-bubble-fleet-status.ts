// expect: no-unchecked-settled-results
// fleetStatus casts every Promise.allSettled result to PromiseFulfilledResult and reads .value, so a rejected machine becomes undefined and crashes the mapping.
export interface FluidReading {
  machineId: string;
  fluidPct: number;
  wandRpm: number;
  bubblesPerMinute: number;
}

export interface BubbleMachine {
  id: string;
  venue: string;
  readFluid(): Promise<FluidReading>;
}

export interface FleetStatus {
  venue: string;
  machines: number;
  lowFluid: string[];
  averageOutput: number;
  refillLiters: number;
}

declare const fleet: {
  machinesAt(venue: string): Promise<BubbleMachine[]>;
};

declare const dashboard: {
  publish(status: FleetStatus): Promise<void>;
};

const LOW_FLUID_PCT = 20;
const TANK_LITERS = 3.5;

function refillNeeded(readings: FluidReading[]): number {
  const liters = readings.reduce((sum, r) => sum + ((100 - r.fluidPct) / 100) * TANK_LITERS, 0);
  return Math.round(liters * 10) / 10;
}

export async function fleetStatus(venue: string): Promise<FleetStatus> {
  const machines = await fleet.machinesAt(venue);
  if (machines.length === 0) {
    return { venue, machines: 0, lowFluid: [], averageOutput: 0, refillLiters: 0 };
  }

  const settled = await Promise.allSettled(machines.map((m) => m.readFluid()));
  const readings = settled.map((result) => (result as PromiseFulfilledResult<FluidReading>).value);

  const lowFluid = readings.filter((r) => r.fluidPct < LOW_FLUID_PCT).map((r) => r.machineId);
  const averageOutput =
    readings.reduce((sum, r) => sum + r.bubblesPerMinute, 0) / Math.max(readings.length, 1);

  return {
    venue,
    machines: machines.length,
    lowFluid,
    averageOutput: Math.round(averageOutput),
    refillLiters: refillNeeded(readings),
  };
}

export async function publishVenues(venues: string[]): Promise<number> {
  let published = 0;
  for (const venue of venues) {
    const status = await fleetStatus(venue);
    if (status.machines === 0) continue;
    await dashboard.publish(status);
    published += 1;
  }
  return published;
}
