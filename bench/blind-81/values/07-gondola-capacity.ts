// expect: no-promise-as-value
// The capacity report nests turnstiles.queueLength(stationId) unawaited in the posted body, so the dashboard receives {} instead of the queue length.
export interface CabinLoad {
  cabinId: string;
  riders: number;
  skis: number;
  wheelchair: boolean;
}

export interface CapacitySnapshot {
  stationId: string;
  cabins: Array<{ cabinId: string; riders: number; limit: number; full: boolean }>;
  queueLength: number;
  utilisation: number;
  takenAt: string;
}

declare const cabinSensors: {
  loads(stationId: string): Promise<CabinLoad[]>;
};
declare const turnstiles: {
  queueLength(stationId: string): Promise<number>;
};
declare const dashboard: {
  post(path: string, body: Record<string, unknown>): Promise<void>;
};
declare const overrides: Map<string, number>;

const STANDARD_LIMIT = 8;
const WHEELCHAIR_LIMIT = 5;
const SKIS_PER_RIDER_SLOT = 3;

function limitFor(cabin: CabinLoad): number {
  const override = overrides.get(cabin.cabinId);
  if (override !== undefined) return override;
  return cabin.wheelchair ? WHEELCHAIR_LIMIT : STANDARD_LIMIT;
}

function effectiveRiders(cabin: CabinLoad): number {
  // Bulky ski bags take up standing room.
  return cabin.riders + Math.floor(cabin.skis / SKIS_PER_RIDER_SLOT);
}

export async function reportCapacity(stationId: string): Promise<void> {
  const loads = await cabinSensors.loads(stationId);
  const cabins = loads.map((cabin) => {
    const limit = limitFor(cabin);
    const riders = effectiveRiders(cabin);
    return { cabinId: cabin.cabinId, riders, limit, full: riders >= limit };
  });
  const capacity = cabins.reduce((sum, cabin) => sum + cabin.limit, 0);
  const riders = cabins.reduce((sum, cabin) => sum + cabin.riders, 0);

  await dashboard.post(`/stations/${stationId}/capacity`, {
    stationId,
    cabins,
    queueLength: turnstiles.queueLength(stationId),
    utilisation: capacity === 0 ? 0 : Math.round((riders / capacity) * 100) / 100,
    takenAt: new Date().toISOString(),
  });
}

export function waitEstimateMinutes(snapshot: CapacitySnapshot, cabinsPerMinute: number): number {
  const averageLimit =
    snapshot.cabins.reduce((sum, cabin) => sum + cabin.limit, 0) / Math.max(snapshot.cabins.length, 1);
  const ridersPerMinute = averageLimit * cabinsPerMinute * (1 - snapshot.utilisation * 0.5);
  return Math.ceil(snapshot.queueLength / Math.max(ridersPerMinute, 1));
}

export function overloadedCabins(snapshot: CapacitySnapshot): string[] {
  return snapshot.cabins.filter((cabin) => cabin.riders > cabin.limit).map((cabin) => cabin.cabinId);
}
