// expect: none
// The counters filled by the readline line handler are only read after awaiting the interface's close event, by which time every line callback has run.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface WindSample {
  chest: string;
  pressureMmH2O: number;
}

export interface WindReport {
  samples: number;
  byChest: Record<string, { min: number; max: number; mean: number }>;
  unsteady: string[];
}

function parseSample(line: string): WindSample | null {
  // logger writes "<chest>,<pressure mmH2O>"
  const [chest, value] = line.split(',');
  const pressure = Number(value);
  if (!chest || !value || !Number.isFinite(pressure)) return null;
  return { chest: chest.trim(), pressureMmH2O: pressure };
}

export async function analyseWindLog(path: string, maxSwingMm = 4): Promise<WindReport> {
  let samples = 0;
  const stats = new Map<string, { min: number; max: number; sum: number; n: number }>();

  const input = createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });

  rl.on('line', (line) => {
    const sample = parseSample(line);
    if (!sample) return;
    samples++;
    const s = stats.get(sample.chest) ?? { min: Infinity, max: -Infinity, sum: 0, n: 0 };
    s.min = Math.min(s.min, sample.pressureMmH2O);
    s.max = Math.max(s.max, sample.pressureMmH2O);
    s.sum += sample.pressureMmH2O;
    s.n++;
    stats.set(sample.chest, s);
  });

  // readline forwards input stream errors, which makes once() reject
  await once(rl, 'close');

  const byChest: WindReport['byChest'] = {};
  const unsteady: string[] = [];
  for (const [chest, s] of stats) {
    byChest[chest] = { min: s.min, max: s.max, mean: s.sum / s.n };
    if (s.max - s.min > maxSwingMm) unsteady.push(chest);
  }
  return { samples, byChest, unsteady };
}

export function describeWind(report: WindReport): string {
  const chests = Object.entries(report.byChest)
    .map(([chest, s]) => `${chest}: ${s.mean.toFixed(1)} mm (${s.min}–${s.max})`)
    .join('; ');
  const shaky = report.unsteady.length ? `. Shaky wind on ${report.unsteady.join(', ')}` : '';
  return `${report.samples} samples. ${chests}${shaky}`;
}
