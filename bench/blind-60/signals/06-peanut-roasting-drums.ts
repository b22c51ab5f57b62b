// expect: require-signal-propagation
// runRoastProfile accepts a signal from the operator console but never checks or forwards it, so pressing abort leaves the multi-minute roast loop running.
export interface RoastStage {
  name: 'drying' | 'maillard' | 'development' | 'cooling';
  targetBeanC: number;
  burnerPct: number;
  maxSeconds: number;
}

export interface StageLog {
  stage: RoastStage['name'];
  seconds: number;
  endBeanC: number;
}

export interface DrumIo {
  setBurner(pct: number): Promise<void>;
  setDrumRpm(rpm: number): Promise<void>;
  beanTempC(): Promise<number>;
  openCoolingTray(): Promise<void>;
}

declare function sleep(ms: number): Promise<void>;
declare const roastLog: { append(drumId: string, entry: StageLog): Promise<void> };

export const STANDARD_PROFILE: RoastStage[] = [
  { name: 'drying', targetBeanC: 120, burnerPct: 70, maxSeconds: 300 },
  { name: 'maillard', targetBeanC: 150, burnerPct: 55, maxSeconds: 240 },
  { name: 'development', targetBeanC: 163, burnerPct: 40, maxSeconds: 180 },
  { name: 'cooling', targetBeanC: 40, burnerPct: 0, maxSeconds: 360 },
];

async function runStage(io: DrumIo, stage: RoastStage): Promise<StageLog> {
  await io.setBurner(stage.burnerPct);
  const started = Date.now();
  const heating = stage.name !== 'cooling';
  if (!heating) await io.openCoolingTray();

  let temp = await io.beanTempC();
  while (heating ? temp < stage.targetBeanC : temp > stage.targetBeanC) {
    const elapsed = (Date.now() - started) / 1000;
    if (elapsed > stage.maxSeconds) {
      throw new Error(`${stage.name} stage overran ${stage.maxSeconds}s at ${temp}C`);
    }
    await sleep(2_000);
    temp = await io.beanTempC();
  }
  return { stage: stage.name, seconds: Math.round((Date.now() - started) / 1000), endBeanC: temp };
}

export async function runRoastProfile(
  drumId: string,
  io: DrumIo,
  signal: AbortSignal,
  profile: RoastStage[] = STANDARD_PROFILE,
): Promise<StageLog[]> {
  const logs: StageLog[] = [];
  await io.setDrumRpm(58);
  try {
    for (const stage of profile) {
      const entry = await runStage(io, stage);
      logs.push(entry);
      await roastLog.append(drumId, entry);
    }
  } catch (err) {
    await io.setBurner(0);
    throw err;
  } finally {
    await io.setDrumRpm(profile.at(-1)?.name === 'cooling' ? 20 : 0);
  }
  return logs;
}

export function developmentRatio(logs: StageLog[]): number | null {
  const total = logs.filter((l) => l.stage !== 'cooling').reduce((s, l) => s + l.seconds, 0);
  const dev = logs.find((l) => l.stage === 'development');
  return dev && total > 0 ? Math.round((dev.seconds / total) * 1000) / 10 : null;
}
