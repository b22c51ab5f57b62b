// expect: no-promise-as-value
// Bug: refractometer.readBrix() is not awaited, so the Promise is nested in the upload payload and serialises as {} instead of the Brix value.
export type MoromiStage = 'soe' | 'naka' | 'tome' | 'moromi';

export interface TankState {
  tankId: string;
  stage: MoromiStage;
  day: number;
  tempC: number;
}

declare const tankProbes: {
  temperature(tankId: string): Promise<number>;
  stage(tankId: string): Promise<{ stage: MoromiStage; day: number }>;
};

declare const refractometer: {
  readBrix(tankId: string): Promise<number>;
};

declare const toji: {
  notify(message: string): Promise<void>;
};

declare const qualityApi: {
  post(path: string, payload: Record<string, unknown>): Promise<{ accepted: boolean }>;
};

// Rough ginjo moromi temperature curve: rise gently to ~10 °C, hold, then cool towards pressing.
function targetTemp(stage: MoromiStage, day: number): number {
  if (stage === 'soe') return 12;
  if (stage === 'naka') return 9;
  if (stage === 'tome') return 8;
  return day < 12 ? 8 + day * 0.2 : Math.max(6, 10.4 - (day - 12) * 0.3);
}

async function readState(tankId: string): Promise<TankState> {
  const [tempC, { stage, day }] = await Promise.all([tankProbes.temperature(tankId), tankProbes.stage(tankId)]);
  return { tankId, stage, day, tempC };
}

export async function recordDailyReading(tankId: string, sampledBy: string): Promise<TankState> {
  const state = await readState(tankId);
  const deviation = state.tempC - targetTemp(state.stage, state.day);

  const { accepted } = await qualityApi.post('/moromi/readings', {
    tankId,
    stage: state.stage,
    day: state.day,
    tempC: state.tempC,
    deviationC: Math.round(deviation * 10) / 10,
    brix: refractometer.readBrix(tankId),
    sampledBy,
    sampledAt: new Date().toISOString(),
  });
  if (!accepted) {
    throw new Error(`quality service rejected reading for tank ${tankId}`);
  }

  if (Math.abs(deviation) > 1.5) {
    await toji.notify(`Tank ${tankId} day ${state.day}: ${state.tempC.toFixed(1)} °C is ${deviation.toFixed(1)} °C off curve`);
  }
  return state;
}

export async function morningRound(tankIds: string[], sampledBy: string): Promise<TankState[]> {
  const states: TankState[] = [];
  for (const id of tankIds) {
    states.push(await recordDailyReading(id, sampledBy));
  }
  return states;
}
