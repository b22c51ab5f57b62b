// expect: no-unchecked-settled-results
// After the failure-ratio check, the settled results are cast to PromiseFulfilledResult and .value is read without checking status, so rejected plots become undefined entries.
export interface CorkPlot {
  plotId: string;
  hectares: number;
  lastStrippedYear: number;
}

export interface PlotSurvey {
  plotId: string;
  treesReady: number;
  averageBarkMm: number;
  estimatedArrobas: number;
}

export interface HarvestPlan {
  season: number;
  plots: PlotSurvey[];
  totalArrobas: number;
  crewsNeeded: number;
}

declare const fieldTablets: {
  survey(plotId: string): Promise<PlotSurvey>;
};
declare const estateLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const STRIP_CYCLE_YEARS = 9;
const MIN_BARK_MM = 27;
const ARROBAS_PER_CREW_DAY = 60;

export function eligiblePlots(plots: CorkPlot[], season: number): CorkPlot[] {
  return plots.filter((p) => season - p.lastStrippedYear >= STRIP_CYCLE_YEARS);
}

export async function planHarvest(plots: CorkPlot[], season: number, seasonDays: number): Promise<HarvestPlan> {
  const candidates = eligiblePlots(plots, season);
  if (candidates.length === 0) {
    return { season, plots: [], totalArrobas: 0, crewsNeeded: 0 };
  }

  const settled = await Promise.allSettled(candidates.map((plot) => fieldTablets.survey(plot.plotId)));

  const failures = settled.filter((r) => r.status === 'rejected').length;
  if (failures > candidates.length / 2) {
    throw new Error(`${failures} of ${candidates.length} plot surveys failed; harvest plan would be unreliable`);
  }
  if (failures > 0) {
    estateLog.warn('some plot surveys failed, planning without them', { season, failures });
  }

  const surveys = settled
    .map((result) => (result as PromiseFulfilledResult<PlotSurvey>).value)
    .filter((survey) => survey.averageBarkMm >= MIN_BARK_MM);

  const totalArrobas = surveys.reduce((sum, s) => sum + s.estimatedArrobas, 0);
  const crewsNeeded = Math.ceil(totalArrobas / (ARROBAS_PER_CREW_DAY * Math.max(seasonDays, 1)));
  estateLog.info('harvest planned', { season, plots: surveys.length, totalArrobas, crewsNeeded });
  return { season, plots: surveys, totalArrobas, crewsNeeded };
}

export function rankByYield(plan: HarvestPlan): PlotSurvey[] {
  return [...plan.plots].sort((a, b) => b.estimatedArrobas - a.estimatedArrobas);
}

export function formatPlan(plan: HarvestPlan): string {
  const header = `Season ${plan.season}: ${plan.totalArrobas} arrobas, ${plan.crewsNeeded} crew(s)`;
  const rows = rankByYield(plan).map(
    (s) => `  ${s.plotId.padEnd(12)} ${String(s.treesReady).padStart(5)} trees  ${s.averageBarkMm}mm  ${s.estimatedArrobas}@`,
  );
  return [header, ...rows].join('\n');
}
