// expect: none
// The allSettled results are split on r.status before .value or .reason is read, so a dish that failed to report is listed as unavailable rather than read as data.
export interface DishState {
  dishId: string;
  receiverBand: 'L' | 'S' | 'C' | 'X' | 'Ku';
  stowed: boolean;
  windSpeedMps: number;
  maintenanceUntil?: number;
}

export interface ObservingRequest {
  proposalId: string;
  band: DishState['receiverBand'];
  dishesWanted: number;
  durationMin: number;
}

export interface Allocation {
  proposalId: string;
  dishes: string[];
  unavailable: Array<{ dishId: string; reason: string }>;
}

declare const arrayControl: {
  dishIds(): Promise<string[]>;
  state(dishId: string): Promise<DishState>;
  reserve(dishIds: string[], proposalId: string, durationMin: number): Promise<void>;
};

const MAX_WIND_MPS = 13;

function usable(state: DishState, band: DishState['receiverBand'], now: number): string | undefined {
  if (state.receiverBand !== band) return `receiver is on ${state.receiverBand}-band`;
  if (state.windSpeedMps > MAX_WIND_MPS) return `wind ${state.windSpeedMps} m/s`;
  if (state.maintenanceUntil && state.maintenanceUntil > now) return 'in maintenance';
  return undefined;
}

export async function allocate(request: ObservingRequest): Promise<Allocation> {
  const ids = await arrayControl.dishIds();
  const results = await Promise.allSettled(ids.map((id) => arrayControl.state(id)));
  const now = Date.now();

  const candidates: DishState[] = [];
  const unavailable: Allocation['unavailable'] = [];
  results.forEach((r, i) => {
    if (r.status === 'rejected') {
      unavailable.push({ dishId: ids[i], reason: `no status: ${String(r.reason)}` });
      return;
    }
    const problem = usable(r.value, request.band, now);
    if (problem) unavailable.push({ dishId: r.value.dishId, reason: problem });
    else candidates.push(r.value);
  });

  // Prefer dishes that are already unstowed, then the calmest ones.
  candidates.sort((a, b) => Number(a.stowed) - Number(b.stowed) || a.windSpeedMps - b.windSpeedMps);
  const chosen = candidates.slice(0, request.dishesWanted).map((d) => d.dishId);

  if (chosen.length < request.dishesWanted) {
    return { proposalId: request.proposalId, dishes: [], unavailable };
  }
  await arrayControl.reserve(chosen, request.proposalId, request.durationMin);
  return { proposalId: request.proposalId, dishes: chosen, unavailable };
}

export function explain(allocation: Allocation): string {
  const lines = [
    allocation.dishes.length > 0
      ? `${allocation.proposalId}: reserved ${allocation.dishes.join(', ')}`
      : `${allocation.proposalId}: not enough dishes available`,
  ];
  for (const u of allocation.unavailable) lines.push(`  ${u.dishId}: ${u.reason}`);
  return lines.join('\n');
}
