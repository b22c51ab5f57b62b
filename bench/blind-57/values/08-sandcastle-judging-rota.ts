// expect: no-read-before-settle
// Bug: planHeat builds the rota from `judges` synchronously, but judges is only assigned in the .then callback that runs after the roster request settles, so the rota is empty.
declare const judgeRoster: {
  forHeat(heatId: string): Promise<Judge[]>;
};

declare const plotMap: {
  plotsIn(heatId: string): PlotRef[];
};

declare const announcer: {
  publishRota(heatId: string, rota: RotaSlot[]): Promise<void>;
};

export interface Judge {
  judgeId: string;
  name: string;
  recusedTeams: string[];
  specialism: 'architecture' | 'sculpture' | 'any';
}

export interface PlotRef {
  plotId: string;
  teamId: string;
  category: 'architecture' | 'sculpture';
}

export interface RotaSlot {
  plotId: string;
  judgeIds: string[];
  startsAtMinute: number;
}

const JUDGES_PER_PLOT = 3;
const MINUTES_PER_PLOT = 4;

function eligible(judge: Judge, plot: PlotRef): boolean {
  if (judge.recusedTeams.includes(plot.teamId)) return false;
  return judge.specialism === 'any' || judge.specialism === plot.category;
}

function buildRota(plots: PlotRef[], judges: Judge[]): RotaSlot[] {
  const load = new Map<string, number>(judges.map((j) => [j.judgeId, 0]));
  return plots.map((plot, index) => {
    const chosen = judges
      .filter((j) => eligible(j, plot))
      .sort((a, b) => (load.get(a.judgeId) ?? 0) - (load.get(b.judgeId) ?? 0))
      .slice(0, JUDGES_PER_PLOT);
    for (const j of chosen) load.set(j.judgeId, (load.get(j.judgeId) ?? 0) + 1);
    return {
      plotId: plot.plotId,
      judgeIds: chosen.map((j) => j.judgeId),
      startsAtMinute: index * MINUTES_PER_PLOT,
    };
  });
}

export async function planHeat(heatId: string): Promise<RotaSlot[]> {
  let judges: Judge[] = [];
  const rosterLoaded = judgeRoster.forHeat(heatId).then((roster) => {
    judges = roster.filter((j) => j.recusedTeams.length < 5);
  });

  const plots = plotMap.plotsIn(heatId);
  if (plots.length === 0) {
    await rosterLoaded;
    return [];
  }

  const rota = buildRota(plots, judges);
  await rosterLoaded;

  const understaffed = rota.filter((slot) => slot.judgeIds.length < JUDGES_PER_PLOT);
  if (understaffed.length > rota.length / 2) {
    throw new Error(`heat ${heatId}: ${understaffed.length} plots lack a full judging panel`);
  }
  await announcer.publishRota(heatId, rota);
  return rota;
}
