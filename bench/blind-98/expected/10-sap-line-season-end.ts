// expect: no-uncalled-async-function
// shutdownSteps yields line.purgeReleaser without calling it, so the runner's await gets a function instead of a promise and the releaser is never purged, leaving sap to sour in it over the summer.
import { writeFile } from 'node:fs/promises';

export interface SapLine {
  readonly id: string;
  closeValves(): Promise<void>;
  purgeReleaser(): Promise<void>;
  rinse(solution: 'hot-water' | 'isopropyl'): Promise<void>;
  pullSpouts(): Promise<number>;
}

export interface SeasonEndReport {
  line: string;
  stepsRun: number;
  spoutsPulled: number;
  finishedAt: string;
}

function* shutdownSteps(line: SapLine) {
  yield line.closeValves();
  yield line.purgeReleaser;
  yield line.rinse('hot-water');
  yield line.rinse('isopropyl');
  yield line.pullSpouts();
}

export async function closeLine(line: SapLine): Promise<SeasonEndReport> {
  let stepsRun = 0;
  let spoutsPulled = 0;
  for (const step of shutdownSteps(line)) {
    const result = await step;
    stepsRun += 1;
    if (typeof result === 'number') spoutsPulled = result;
  }
  return { line: line.id, stepsRun, spoutsPulled, finishedAt: new Date().toISOString() };
}

export async function closeSugarbush(lines: readonly SapLine[], reportPath: string): Promise<SeasonEndReport[]> {
  const reports: SeasonEndReport[] = [];
  for (const line of lines) {
    reports.push(await closeLine(line));
  }
  const totalSpouts = reports.reduce((n, r) => n + r.spoutsPulled, 0);
  await writeFile(
    reportPath,
    JSON.stringify({ season: new Date().getFullYear(), totalSpouts, lines: reports }, null, 2),
  );
  return reports;
}
