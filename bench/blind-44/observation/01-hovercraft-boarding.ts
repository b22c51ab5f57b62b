// expect: no-unobserved-promise
// manifestLoad is started before the sea-state checks and only awaited afterwards; if it rejects during those awaits, or the sailing is cancelled early, nothing is attached to it.
export interface SeaState {
  significantWaveM: number;
  windKnots: number;
  visibilityNm: number;
}

export interface Passenger {
  ticket: string;
  name: string;
  seat: string | null;
  reducedMobility: boolean;
}

export interface Manifest {
  sailingId: string;
  craft: string;
  passengers: Passenger[];
  vehicles: number;
}

export type BoardingDecision =
  | { status: 'boarding'; sailingId: string; gate: string; priority: string[]; general: string[] }
  | { status: 'cancelled'; sailingId: string; reason: string };

interface CraftLimits {
  maxWaveM: number;
  maxWindKnots: number;
  minVisibilityNm: number;
}

declare const manifests: { load(sailingId: string): Promise<Manifest> };
declare const marineService: { current(route: string): Promise<SeaState> };
declare const fleet: { limitsFor(craft: string): Promise<CraftLimits> };
declare const notifier: {
  cancelled(sailingId: string, reason: string): Promise<void>;
  openGate(sailingId: string, gate: string): Promise<void>;
};

function cancellationReason(sea: SeaState, limits: CraftLimits): string | null {
  if (sea.significantWaveM > limits.maxWaveM) {
    return `waves ${sea.significantWaveM.toFixed(1)}m above ${limits.maxWaveM}m limit`;
  }
  if (sea.windKnots > limits.maxWindKnots) {
    return `wind ${sea.windKnots}kn above ${limits.maxWindKnots}kn limit`;
  }
  if (sea.visibilityNm < limits.minVisibilityNm) {
    return `visibility ${sea.visibilityNm}nm below ${limits.minVisibilityNm}nm`;
  }
  return null;
}

export async function openBoarding(
  sailingId: string,
  route: string,
  craft: string,
  gate: string,
): Promise<BoardingDecision> {
  const manifestLoad = manifests.load(sailingId);

  const sea = await marineService.current(route);
  const limits = await fleet.limitsFor(craft);
  const reason = cancellationReason(sea, limits);
  if (reason) {
    await notifier.cancelled(sailingId, reason);
    return { status: 'cancelled', sailingId, reason };
  }

  const manifest = await manifestLoad;
  const priority = manifest.passengers.filter((p) => p.reducedMobility).map((p) => p.ticket);
  const general = manifest.passengers
    .filter((p) => !p.reducedMobility)
    .sort((a, b) => (a.seat ?? 'ZZZ').localeCompare(b.seat ?? 'ZZZ'))
    .map((p) => p.ticket);

  await notifier.openGate(sailingId, gate);
  return { status: 'boarding', sailingId, gate, priority, general };
}

export function boardingCallOrder(decision: BoardingDecision): string[] {
  if (decision.status !== 'boarding') return [];
  return [...decision.priority, ...decision.general];
}
