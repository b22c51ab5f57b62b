// expect: no-read-before-settle
// `windows` is filled in by the tide request's then-callback, but firstWindow is computed from it synchronously right after, so it is always undefined.
export interface TideWindow {
  startsAt: string;
  endsAt: string;
  heightM: number;
}

export interface KelpBed {
  bedId: string;
  depthM: number;
  wetTonnesEstimate: number;
  distanceNm: number;
  lastCutDaysAgo: number;
}

export interface Barge {
  bargeId: string;
  harbour: string;
  draftM: number;
  holdTonnes: number;
  speedKt: number;
}

export interface HarvestPlan {
  bargeId: string;
  beds: string[];
  departAt: string | null;
  expectedTonnes: number;
  windowsConsidered: number;
}

declare const tideTables: {
  fetchWindows(harbour: string, days: number): Promise<TideWindow[]>;
};

const REGROWTH_DAYS = 45;

function rankBeds(beds: KelpBed[], barge: Barge): KelpBed[] {
  return beds
    .filter((bed) => bed.lastCutDaysAgo >= REGROWTH_DAYS && bed.depthM > barge.draftM + 1)
    .sort((a, b) => b.wetTonnesEstimate / (b.distanceNm + 1) - a.wetTonnesEstimate / (a.distanceNm + 1));
}

function fillHold(ranked: KelpBed[], barge: Barge): { beds: KelpBed[]; tonnes: number } {
  const chosen: KelpBed[] = [];
  let tonnes = 0;
  for (const bed of ranked) {
    if (tonnes + bed.wetTonnesEstimate > barge.holdTonnes) continue;
    chosen.push(bed);
    tonnes += bed.wetTonnesEstimate;
  }
  return { beds: chosen, tonnes };
}

export async function planHarvest(barge: Barge, beds: KelpBed[]): Promise<HarvestPlan> {
  let windows: TideWindow[] = [];
  const tidesLoaded = tideTables.fetchWindows(barge.harbour, 2).then((fetched) => {
    windows = fetched.filter((w) => Date.parse(w.endsAt) > Date.now());
  });

  const ranked = rankBeds(beds, barge);
  const { beds: chosen, tonnes } = fillHold(ranked, barge);
  const firstWindow = windows.find((w) => w.heightM >= barge.draftM + 0.5);

  await tidesLoaded;

  return {
    bargeId: barge.bargeId,
    beds: chosen.map((bed) => bed.bedId),
    departAt: firstWindow?.startsAt ?? null,
    expectedTonnes: Math.round(tonnes * 10) / 10,
    windowsConsidered: windows.length,
  };
}

export function describePlan(plan: HarvestPlan): string {
  if (plan.beds.length === 0) return `${plan.bargeId}: nothing ready to cut`;
  const when = plan.departAt ? `departs ${plan.departAt}` : 'no usable tide window yet';
  return `${plan.bargeId}: ${plan.beds.length} beds, ~${plan.expectedTonnes}t, ${when} (${plan.windowsConsidered} windows checked)`;
}
