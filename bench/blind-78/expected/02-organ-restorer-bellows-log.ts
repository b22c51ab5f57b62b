// expect: none
// The check functions are stored in arrays on purpose and every one is invoked inside map/for, so Promise.all and await only ever see their returned promises.
export interface OrganRef {
  parish: string;
  builder: string;
  year: number;
  stops: number;
}

export interface CheckResult {
  check: string;
  passed: boolean;
  notes: string;
}

type BellowsCheck = (organ: OrganRef) => Promise<CheckResult>;
type RestorationStage = (organ: OrganRef, log: string[]) => Promise<void>;

declare const windGauge: { staticPressureMm(parish: string, point: 'reservoir' | 'trunk' | 'chest'): Promise<number> };
declare const workshop: {
  photograph(parish: string, label: string): Promise<string>;
  recordHours(parish: string, stage: string, hours: number): Promise<void>;
};

const checkReservoir: BellowsCheck = async (organ) => {
  const mm = await windGauge.staticPressureMm(organ.parish, 'reservoir');
  return { check: 'reservoir', passed: mm >= 70 && mm <= 95, notes: `${mm}mm WG` };
};

const checkWindTrunk: BellowsCheck = async (organ) => {
  const [reservoir, trunk] = await Promise.all([
    windGauge.staticPressureMm(organ.parish, 'reservoir'),
    windGauge.staticPressureMm(organ.parish, 'trunk'),
  ]);
  const loss = reservoir - trunk;
  return { check: 'wind-trunk', passed: loss < 4, notes: `loss ${loss}mm` };
};

const checkChestLeaks: BellowsCheck = async (organ) => {
  const chest = await windGauge.staticPressureMm(organ.parish, 'chest');
  // Older chests tolerate a little more loss through the pallets.
  const floor = organ.year < 1850 ? 60 : 66;
  return { check: 'chest', passed: chest >= floor, notes: `${chest}mm at chest, floor ${floor}` };
};

const BELLOWS_CHECKS: BellowsCheck[] = [checkReservoir, checkWindTrunk, checkChestLeaks];

export async function surveyBellows(organ: OrganRef): Promise<CheckResult[]> {
  return Promise.all(BELLOWS_CHECKS.map((check) => check(organ)));
}

const releatherHinges: RestorationStage = async (organ, log) => {
  log.push(`releathered hinges (${organ.builder})`);
  await workshop.recordHours(organ.parish, 'releather', 14);
};

const replaceRibs: RestorationStage = async (organ, log) => {
  const photo = await workshop.photograph(organ.parish, 'ribs-before');
  log.push(`ribs replaced, before photo ${photo}`);
  await workshop.recordHours(organ.parish, 'ribs', 9);
};

const sealGussets: RestorationStage = async (organ, log) => {
  log.push('gussets sealed with hide glue');
  await workshop.recordHours(organ.parish, 'gussets', 4);
};

export async function restoreBellows(organ: OrganRef, stages: RestorationStage[] = [releatherHinges, replaceRibs, sealGussets]): Promise<string[]> {
  const log: string[] = [];
  const before = await surveyBellows(organ);
  if (before.every((r) => r.passed)) {
    log.push('bellows within tolerance; no restoration needed');
    return log;
  }
  for (const stage of stages) {
    await stage(organ, log);
  }
  const after = await surveyBellows(organ);
  for (const result of after) {
    log.push(`${result.check}: ${result.passed ? 'ok' : 'FAIL'} (${result.notes})`);
  }
  return log;
}
