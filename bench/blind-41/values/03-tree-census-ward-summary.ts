// expect: none
// Every async lookup used in the report text and the JSON payload is awaited first, so only settled values reach strings and data.
export interface WardStats {
  ward: string;
  treeCount: number;
  speciesCount: number;
  meanDbhCm: number;
  deadOrDying: number;
}

declare const censusDb: {
  wardStats(ward: string): Promise<WardStats>;
  topSpecies(ward: string, limit: number): Promise<Array<{ species: string; count: number }>>;
  lastSurveyDate(ward: string): Promise<string | null>;
};
declare const councilPortal: {
  publish(path: string, body: string): Promise<{ url: string }>;
};

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((part / whole) * 100).toFixed(1)}%`;
}

export async function wardReport(ward: string): Promise<string> {
  const [stats, top, surveyed] = await Promise.all([
    censusDb.wardStats(ward),
    censusDb.topSpecies(ward, 3),
    censusDb.lastSurveyDate(ward),
  ]);

  const lines = [
    `Tree census — ${stats.ward}`,
    `Last surveyed: ${surveyed ?? 'never'}`,
    `Trees recorded: ${stats.treeCount} across ${stats.speciesCount} species`,
    `Mean trunk diameter: ${stats.meanDbhCm.toFixed(1)} cm`,
    `Dead or dying: ${stats.deadOrDying} (${percent(stats.deadOrDying, stats.treeCount)})`,
    'Most common species:',
    ...top.map((t, i) => `  ${i + 1}. ${t.species} — ${t.count}`),
  ];
  return lines.join('\n');
}

export async function publishWardReports(wards: string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const ward of wards) {
    const stats = await censusDb.wardStats(ward);
    const surveyed = await censusDb.lastSurveyDate(ward);
    if (!surveyed) continue;

    const payload = {
      ward,
      surveyed,
      stats,
      text: await wardReport(ward),
      generatedAt: new Date().toISOString(),
    };
    const { url } = await councilPortal.publish(
      `/open-data/trees/${encodeURIComponent(ward)}.json`,
      JSON.stringify(payload),
    );
    urls.push(url);
  }
  return urls;
}

export async function compareWards(a: string, b: string): Promise<string> {
  const sa = await censusDb.wardStats(a);
  const sb = await censusDb.wardStats(b);
  if (sa.treeCount === sb.treeCount) return `${sa.ward} and ${sb.ward} both have ${sa.treeCount} recorded trees.`;
  const [more, fewer] = sa.treeCount > sb.treeCount ? [sa, sb] : [sb, sa];
  return `${more.ward} has ${more.treeCount - fewer.treeCount} more recorded trees than ${fewer.ward}.`;
}
