// expect: no-unobserved-promise
// The forecast request is started first, but the early return for an offline or warm block abandons it, so a rejected forecast is never handled.
export interface FrostBlock {
  id: string;
  variety: string;
  fanIds: string[];
  inversionSensorId: string;
}

export interface Forecast {
  minTempC: number;
  inversionStrengthC: number;
  windKmh: number;
}

export type FanDecision =
  | { blockId: string; action: 'start'; fans: string[]; reason: string }
  | { blockId: string; action: 'hold'; reason: string };

declare const forecastApi: { hourly(blockId: string, hours: number): Promise<Forecast> };
declare const sensors: {
  read(sensorId: string): { online: boolean; airTempC: number; towerTempC: number };
};
declare const fans: { spinUp(fanId: string): Promise<void> };

const CRITICAL_C: Record<string, number> = {
  chardonnay: -1.1,
  pinot_noir: -0.8,
  riesling: -1.7,
};

export async function decideFans(block: FrostBlock): Promise<FanDecision> {
  const forecastP = forecastApi.hourly(block.id, 6);

  const reading = sensors.read(block.inversionSensorId);
  if (!reading.online) {
    return { blockId: block.id, action: 'hold', reason: 'inversion sensor offline' };
  }
  if (reading.airTempC > 3) {
    return { blockId: block.id, action: 'hold', reason: `air at ${reading.airTempC}C` };
  }

  const forecast = await forecastP;
  const critical = CRITICAL_C[block.variety] ?? -1;
  const inversion = reading.towerTempC - reading.airTempC;

  // Wind machines only help when warmer air sits above the vines and the wind is calm.
  if (inversion < 1 || forecast.windKmh > 8) {
    return { blockId: block.id, action: 'hold', reason: 'no usable inversion' };
  }
  if (forecast.minTempC > critical + 1) {
    return { blockId: block.id, action: 'hold', reason: `forecast low ${forecast.minTempC}C` };
  }
  return {
    blockId: block.id,
    action: 'start',
    fans: block.fanIds,
    reason: `forecast ${forecast.minTempC}C, inversion ${inversion.toFixed(1)}C`,
  };
}

export async function runFrostRound(blocks: FrostBlock[]): Promise<FanDecision[]> {
  const decisions: FanDecision[] = [];
  for (const block of blocks) {
    const decision = await decideFans(block);
    if (decision.action === 'start') {
      await Promise.all(decision.fans.map((f) => fans.spinUp(f)));
    }
    decisions.push(decision);
  }
  return decisions;
}
