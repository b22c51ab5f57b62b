// expect: none
// The rainfall forecast is started early but gets its .catch handler in the same expression, so the early-return and throw paths cannot leave an unhandled rejection.
export interface Terrace {
  id: string;
  tier: number;
  areaM2: number;
  targetDepthCm: number;
}

export interface ReleasePlan {
  terraceId: string;
  gateOpenMinutes: number;
  reason: string;
}

declare const weather: {
  rainfallMm(terraceId: string, hours: number): Promise<number>;
};

declare const fieldSensors: {
  waterDepthCm(terraceId: string): Promise<number>;
  canalFlowLps(): Promise<number>;
};

declare const sluiceGates: {
  schedule(plan: ReleasePlan): Promise<void>;
};

declare const farmLog: {
  warn(msg: string, extra?: Record<string, unknown>): void;
};

const FORECAST_HOURS = 12;
const MIN_CANAL_FLOW_LPS = 15;

function minutesToFill(terrace: Terrace, deficitCm: number, flowLps: number): number {
  const litres = terrace.areaM2 * (deficitCm / 100) * 1000;
  return Math.ceil(litres / flowLps / 60);
}

export async function planRelease(terrace: Terrace): Promise<ReleasePlan | undefined> {
  const forecast = weather.rainfallMm(terrace.id, FORECAST_HOURS).catch((err: unknown) => {
    farmLog.warn('rainfall forecast unavailable; planning without it', { terrace: terrace.id, err: String(err) });
    return 0;
  });

  const depth = await fieldSensors.waterDepthCm(terrace.id);
  const deficitCm = terrace.targetDepthCm - depth;
  if (deficitCm <= 0.5) {
    return undefined;
  }

  const flow = await fieldSensors.canalFlowLps();
  if (flow < MIN_CANAL_FLOW_LPS) {
    throw new Error(`canal flow ${flow} L/s is too low to release onto tier ${terrace.tier}`);
  }

  // 1 mm of rain on a paddy adds roughly 0.1 cm of standing water.
  const expectedRainCm = (await forecast) / 10;
  const netDeficit = deficitCm - expectedRainCm;
  if (netDeficit <= 0.5) {
    return undefined;
  }

  return {
    terraceId: terrace.id,
    gateOpenMinutes: minutesToFill(terrace, netDeficit, flow),
    reason: `deficit ${netDeficit.toFixed(1)} cm after ${expectedRainCm.toFixed(1)} cm expected rain`,
  };
}

export async function releaseCascade(terraces: Terrace[]): Promise<ReleasePlan[]> {
  // Water runs downhill: fill the top tiers first so their overflow reaches the lower ones.
  const ordered = [...terraces].sort((a, b) => a.tier - b.tier);
  const plans: ReleasePlan[] = [];
  for (const terrace of ordered) {
    const plan = await planRelease(terrace);
    if (!plan) continue;
    await sluiceGates.schedule(plan);
    plans.push(plan);
  }
  return plans;
}
