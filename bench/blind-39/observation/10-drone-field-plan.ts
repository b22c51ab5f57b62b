// expect: none
// The terrain prefetch is started early but gets its .catch fallback immediately, and the per-field uploads are awaited together right after they start.
export interface Field {
  fieldId: string;
  crop: 'wheat' | 'barley' | 'rapeseed' | 'potato';
  hectares: number;
  boundary: Array<[number, number]>;
}

export interface FlightPlan {
  fieldId: string;
  passes: number;
  swathMetres: number;
  altitudeMetres: number;
  minutes: number;
}

interface TerrainModel {
  maxSlopeDeg: number;
  obstacles: Array<{ kind: 'pylon' | 'tree-line' | 'building'; heightMetres: number }>;
}

declare const terrainService: {
  model(farmId: string): Promise<TerrainModel>;
};

declare const fleetPortal: {
  uploadPlan(droneId: string, plan: FlightPlan): Promise<void>;
  availableDrones(farmId: string): Promise<string[]>;
};

declare const agronomy: {
  fieldsDue(farmId: string, date: string): Promise<Field[]>;
};

const FLAT_TERRAIN: TerrainModel = { maxSlopeDeg: 0, obstacles: [] };

function planField(field: Field, terrain: TerrainModel): FlightPlan {
  const tallest = terrain.obstacles.reduce((h, o) => Math.max(h, o.heightMetres), 0);
  const altitudeMetres = Math.max(3, Math.min(tallest + 2, 8));
  const swathMetres = field.crop === 'potato' ? 5 : 7;
  const widthMetres = Math.sqrt(field.hectares * 10_000);
  const passes = Math.ceil(widthMetres / swathMetres);
  const slowdown = terrain.maxSlopeDeg > 8 ? 1.3 : 1;
  const minutes = Math.ceil(((passes * widthMetres) / 4 / 60) * slowdown);
  return { fieldId: field.fieldId, passes, swathMetres, altitudeMetres, minutes };
}

export async function scheduleSpraying(farmId: string, date: string): Promise<FlightPlan[]> {
  const terrain = terrainService.model(farmId).catch(() => FLAT_TERRAIN);

  const fields = await agronomy.fieldsDue(farmId, date);
  if (fields.length === 0) return [];

  const drones = await fleetPortal.availableDrones(farmId);
  if (drones.length === 0) {
    throw new Error(`no drones available at ${farmId} on ${date}`);
  }

  const model = await terrain;
  const plans = fields
    .map((field) => planField(field, model))
    .sort((a, b) => b.minutes - a.minutes);

  const uploads = plans.map((plan, i) => fleetPortal.uploadPlan(drones[i % drones.length], plan));
  await Promise.all(uploads);
  return plans;
}

export function totalFlightMinutes(plans: FlightPlan[], drones: number): number {
  const perDrone = new Array<number>(Math.max(1, drones)).fill(0);
  for (const plan of [...plans].sort((a, b) => b.minutes - a.minutes)) {
    const idx = perDrone.indexOf(Math.min(...perDrone));
    perDrone[idx] += plan.minutes;
  }
  return Math.max(...perDrone);
}
