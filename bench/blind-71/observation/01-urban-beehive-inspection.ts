// expect: no-unobserved-promise
// permitCheck is started before two other awaits and only awaited afterwards; if it rejects meanwhile, nothing is attached to it yet.
export interface HiveSite {
  hiveId: string;
  rooftop: string;
  borough: string;
  colonies: number;
}

export interface FrameCount {
  brood: number;
  honey: number;
  empty: number;
}

export interface InspectionReport {
  hiveId: string;
  inspector: string;
  frames: FrameCount;
  queenSeen: boolean;
  varroaPerHundred: number;
  permitValidUntil: string;
  actions: string[];
}

declare const cityPermits: {
  verify(borough: string, hiveId: string): Promise<{ validUntil: string; maxColonies: number }>;
};

declare const hiveScale: {
  frames(hiveId: string): Promise<FrameCount>;
};

declare const miteLab: {
  latestWash(hiveId: string): Promise<{ mites: number; beesSampled: number; queenSeen: boolean }>;
};

declare const inspectionStore: {
  save(report: InspectionReport): Promise<void>;
};

function recommend(frames: FrameCount, varroa: number, queenSeen: boolean): string[] {
  const actions: string[] = [];
  if (varroa >= 3) actions.push("treat for varroa within 7 days");
  if (!queenSeen && frames.brood < 2) actions.push("check for queenlessness; consider introducing a mated queen");
  if (frames.empty === 0 && frames.honey >= 6) actions.push("add a super before the next flow");
  if (frames.honey < 2) actions.push("feed 1:1 syrup");
  return actions;
}

export async function inspectHive(site: HiveSite, inspector: string): Promise<InspectionReport> {
  const permitCheck = cityPermits.verify(site.borough, site.hiveId);

  const frames = await hiveScale.frames(site.hiveId);
  const wash = await miteLab.latestWash(site.hiveId);
  const varroaPerHundred = wash.beesSampled === 0 ? 0 : (100 * wash.mites) / wash.beesSampled;

  const permit = await permitCheck;
  if (site.colonies > permit.maxColonies) {
    throw new Error(
      `rooftop ${site.rooftop} keeps ${site.colonies} colonies but permit allows ${permit.maxColonies}`,
    );
  }

  const report: InspectionReport = {
    hiveId: site.hiveId,
    inspector,
    frames,
    queenSeen: wash.queenSeen,
    varroaPerHundred: Math.round(varroaPerHundred * 10) / 10,
    permitValidUntil: permit.validUntil,
    actions: recommend(frames, varroaPerHundred, wash.queenSeen),
  };
  await inspectionStore.save(report);
  return report;
}

export async function inspectRoute(sites: HiveSite[], inspector: string): Promise<InspectionReport[]> {
  const reports: InspectionReport[] = [];
  for (const site of sites) {
    reports.push(await inspectHive(site, inspector));
  }
  return reports;
}
