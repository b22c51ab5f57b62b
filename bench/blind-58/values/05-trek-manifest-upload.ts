// expect: no-promise-as-value
// The manifest sent to the outfitter API nests planner.waterStops(trek.routeId) un-awaited, so the JSON body carries "waterStops": {} instead of the plan.
export interface Trek {
  id: string;
  routeId: string;
  departure: Date;
  nights: number;
}

export interface LlamaAssignment {
  llamaId: string;
  name: string;
  loadKg: number;
}

export interface WaterStop {
  name: string;
  km: number;
  reliable: boolean;
}

declare const planner: {
  waterStops(routeId: string): Promise<WaterStop[]>;
  assignLlamas(trekId: string): Promise<LlamaAssignment[]>;
};

declare const guides: {
  leadFor(trekId: string): Promise<{ name: string; phone: string }>;
};

declare const outfitterApi: {
  post(path: string, body: Record<string, unknown>): Promise<{ ok: boolean; status: number }>;
};

const MAX_LOAD_KG = 32;

function validateLoads(assignments: LlamaAssignment[]): void {
  const overloaded = assignments.filter((a) => a.loadKg > MAX_LOAD_KG);
  if (overloaded.length > 0) {
    throw new Error(`overloaded llamas: ${overloaded.map((a) => `${a.name} (${a.loadKg}kg)`).join(", ")}`);
  }
}

export async function uploadManifest(trek: Trek): Promise<void> {
  const [assignments, guide] = await Promise.all([planner.assignLlamas(trek.id), guides.leadFor(trek.id)]);
  validateLoads(assignments);

  const manifest = {
    trekId: trek.id,
    routeId: trek.routeId,
    departure: trek.departure.toISOString(),
    nights: trek.nights,
    guide: { name: guide.name, phone: guide.phone },
    llamas: assignments.map((a) => ({ id: a.llamaId, name: a.name, loadKg: a.loadKg })),
    totalLoadKg: assignments.reduce((sum, a) => sum + a.loadKg, 0),
    waterStops: planner.waterStops(trek.routeId),
  };

  const res = await outfitterApi.post(`/treks/${encodeURIComponent(trek.id)}/manifest`, manifest);
  if (!res.ok) {
    throw new Error(`manifest upload for trek ${trek.id} failed with status ${res.status}`);
  }
}
