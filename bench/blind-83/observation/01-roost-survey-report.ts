// expect: no-unobserved-promise
// The weather lookup is started before the tallies are awaited and nothing handles it until afterwards, so a weather failure during the tally fetch is an unhandled rejection.
interface Tally {
  counter: string;
  sector: 'N' | 'E' | 'S' | 'W';
  estimate: number;
  method: 'block' | 'photo' | 'radar';
  at: string;
}

interface RoostSite {
  id: string;
  name: string;
  gridRef: string;
  reedbed: boolean;
}

interface Conditions {
  sunsetAt: string;
  windKph: number;
  cloudOktas: number;
  tempC: number;
}

declare const roostDb: {
  site(id: string): Promise<RoostSite>;
  tallies(siteId: string, date: string): Promise<Tally[]>;
  saveSurvey(siteId: string, date: string, survey: RoostSurvey): Promise<void>;
};

declare const metService: {
  conditionsAt(gridRef: string, date: string): Promise<Conditions>;
};

export interface RoostSurvey {
  site: string;
  date: string;
  estimate: number;
  spread: number;
  conditions: Conditions;
  reliable: boolean;
}

function combineSectors(tallies: Tally[]): { estimate: number; spread: number } {
  const bySector = new Map<Tally['sector'], number[]>();
  for (const t of tallies) {
    const list = bySector.get(t.sector) ?? [];
    list.push(t.method === 'radar' ? t.estimate * 0.9 : t.estimate);
    bySector.set(t.sector, list);
  }
  let estimate = 0;
  let spread = 0;
  for (const values of bySector.values()) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    estimate += mean;
    spread += Math.max(...values) - Math.min(...values);
  }
  return { estimate: Math.round(estimate), spread: Math.round(spread) };
}

export async function compileRoostSurvey(siteId: string, date: string): Promise<RoostSurvey> {
  const site = await roostDb.site(siteId);
  const conditionsPromise = metService.conditionsAt(site.gridRef, date);

  const tallies = await roostDb.tallies(site.id, date);
  if (tallies.length === 0) {
    throw new Error(`no tallies submitted for ${site.name} on ${date}`);
  }
  const { estimate, spread } = combineSectors(tallies);

  const conditions = await conditionsPromise;
  const reliable = conditions.windKph < 30 && conditions.cloudOktas < 7 && spread < estimate * 0.4;

  const survey: RoostSurvey = { site: site.name, date, estimate, spread, conditions, reliable };
  await roostDb.saveSurvey(site.id, date, survey);
  return survey;
}
