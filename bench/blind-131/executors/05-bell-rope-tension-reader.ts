// expect: none
// The line listener detaches itself on the first match and the close and error handlers share the same done flag, so the reading settles exactly once.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface RopeTension {
  bell: number;
  newtons: number;
  sallyHeightCm: number;
}

export interface TowerReport {
  tower: string;
  readings: RopeTension[];
  slackBells: number[];
  lowSallies: number[];
}

const TENSION_LINE = /^BELL\s+(\d+)\s+T=(\d+(?:\.\d+)?)N\s+SALLY=(\d+)cm$/;

export function findRopeTension(logPath: string, bell: number): Promise<RopeTension> {
  return new Promise<RopeTension>((resolve, reject) => {
    const input = createReadStream(logPath, { encoding: 'utf8' });
    const rl = createInterface({ input, crlfDelay: Infinity });
    let done = false;

    const onLine = (line: string) => {
      const m = TENSION_LINE.exec(line.trim());
      if (!m || Number(m[1]) !== bell) return;
      done = true;
      rl.off('line', onLine);
      rl.close();
      input.destroy();
      resolve({ bell, newtons: Number(m[2]), sallyHeightCm: Number(m[3]) });
    };

    rl.on('line', onLine);
    rl.once('close', () => {
      if (done) return;
      done = true;
      reject(new Error(`no tension reading for bell ${bell} in ${logPath}`));
    });
    input.once('error', (err) => {
      if (done) return;
      done = true;
      rl.close();
      reject(err);
    });
  });
}

export async function inspectTower(
  tower: string,
  logPath: string,
  bells: number[],
  limits: { minNewtons: number; minSallyCm: number } = { minNewtons: 180, minSallyCm: 140 },
): Promise<TowerReport> {
  const readings: RopeTension[] = [];
  for (const bell of bells) {
    readings.push(await findRopeTension(logPath, bell));
  }
  return {
    tower,
    readings,
    slackBells: readings.filter((r) => r.newtons < limits.minNewtons).map((r) => r.bell),
    lowSallies: readings.filter((r) => r.sallyHeightCm < limits.minSallyCm).map((r) => r.bell),
  };
}

export function formatTowerReport(report: TowerReport): string {
  const lines = [`Tower: ${report.tower}`];
  for (const r of report.readings) {
    lines.push(`  bell ${r.bell}: ${r.newtons.toFixed(1)} N, sally at ${r.sallyHeightCm} cm`);
  }
  if (report.slackBells.length) lines.push(`  re-tension: ${report.slackBells.join(', ')}`);
  if (report.lowSallies.length) lines.push(`  raise sallies: ${report.lowSallies.join(', ')}`);
  return lines.join('\n');
}
