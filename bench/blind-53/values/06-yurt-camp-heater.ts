// expect: no-promise-as-value
// The telemetry record nests fuelGauge.litresLeft(...) un-awaited, so the camp dashboard receives a Promise (serialised as {}) instead of the remaining fuel.
export interface StoveState {
  yurtId: string;
  stove: 'wood' | 'pellet' | 'diesel';
  insideC: number;
  fluegasC: number;
  dutyPct: number;
}

declare const stoveBus: {
  poll(yurtId: string): Promise<StoveState>;
  setDuty(yurtId: string, pct: number): Promise<void>;
};

declare const fuelGauge: {
  litresLeft(yurtId: string): Promise<number>;
};

declare const campTelemetry: {
  publish(topic: string, record: Record<string, unknown>): Promise<void>;
};

declare const outdoorStation: {
  tempC(): Promise<number>;
};

const TARGET_C = 18;
const FLUE_LIMIT_C = 320;

export function nextDuty(state: StoveState, outsideC: number): number {
  // a proportional step with a feed-forward term for the outside temperature
  const error = TARGET_C - state.insideC;
  const feedForward = Math.max(0, (5 - outsideC) * 0.8);
  let duty = state.dutyPct + error * 4 + feedForward * 0.2;
  if (state.fluegasC > FLUE_LIMIT_C) duty = Math.min(duty, state.dutyPct - 10);
  return Math.round(Math.max(0, Math.min(100, duty)));
}

export async function regulateYurt(yurtId: string): Promise<StoveState> {
  const [state, outsideC] = await Promise.all([stoveBus.poll(yurtId), outdoorStation.tempC()]);
  const duty = nextDuty(state, outsideC);
  if (duty !== state.dutyPct) {
    await stoveBus.setDuty(yurtId, duty);
  }

  await campTelemetry.publish(`camp/yurts/${yurtId}/stove`, {
    yurtId,
    stove: state.stove,
    insideC: state.insideC,
    outsideC,
    fluegasC: state.fluegasC,
    dutyPct: duty,
    fuelLitres: state.stove === 'diesel' ? fuelGauge.litresLeft(yurtId) : null,
    at: new Date().toISOString(),
  });

  return { ...state, dutyPct: duty };
}

export async function regulateCamp(yurtIds: string[]): Promise<{ cold: string[]; hot: string[] }> {
  const cold: string[] = [];
  const hot: string[] = [];
  for (const id of yurtIds) {
    const s = await regulateYurt(id);
    if (s.insideC < TARGET_C - 3) cold.push(id);
    if (s.fluegasC > FLUE_LIMIT_C) hot.push(id);
  }
  return { cold, hot };
}
