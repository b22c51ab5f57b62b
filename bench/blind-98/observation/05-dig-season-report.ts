// expect: none
// permits and survey are started early but are handed to Promise.all together before any other await, so both have a handler the moment they could reject.
import { readFile, writeFile } from 'node:fs/promises';
import { argv } from 'node:process';

interface Permit {
  siteCode: string;
  landowner: string;
  expires: string;
}

interface GridCell {
  siteCode: string;
  cell: string;
  bonesRecovered: number;
  jacketed: number;
}

interface SiteSummary {
  siteCode: string;
  landowner: string;
  permitExpires: string;
  cellsWorked: number;
  bonesRecovered: number;
  fieldJackets: number;
}

async function loadJson<T>(path: string): Promise<T> {
  const text = await readFile(path, 'utf8');
  return JSON.parse(text) as T;
}

export async function buildSeasonReport(permitsPath: string, surveyPath: string): Promise<SiteSummary[]> {
  const permits = loadJson<Permit[]>(permitsPath);
  const survey = loadJson<GridCell[]>(surveyPath);
  const [permitList, cells] = await Promise.all([permits, survey]);

  const bySite = new Map<string, GridCell[]>();
  for (const cell of cells) {
    const list = bySite.get(cell.siteCode) ?? [];
    list.push(cell);
    bySite.set(cell.siteCode, list);
  }

  return permitList.map((permit) => {
    const worked = bySite.get(permit.siteCode) ?? [];
    return {
      siteCode: permit.siteCode,
      landowner: permit.landowner,
      permitExpires: permit.expires,
      cellsWorked: worked.length,
      bonesRecovered: worked.reduce((n, c) => n + c.bonesRecovered, 0),
      fieldJackets: worked.reduce((n, c) => n + c.jacketed, 0),
    };
  });
}

async function main(): Promise<number> {
  const [, , permitsPath, surveyPath, outPath = 'season-report.json'] = argv;
  if (!permitsPath || !surveyPath) {
    console.error('usage: dig-season-report <permits.json> <survey.json> [out.json]');
    return 2;
  }
  const report = await buildSeasonReport(permitsPath, surveyPath);
  await writeFile(outPath, JSON.stringify(report, null, 2));
  console.log(`wrote ${report.length} site summaries to ${outPath}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
