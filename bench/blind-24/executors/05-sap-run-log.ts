// expect: no-multiple-settle
// Bug: readFile callback rejects on error but doesn't return, so it goes on to split an undefined `text` and throws inside the callback (uncaught) after rejecting.
import { readFile } from 'node:fs';
import { join } from 'node:path';

export interface EvaporatorSample {
  at: Date;
  brixIn: number;
  brixOut: number;
  litresPerHour: number;
}

export interface BoilSummary {
  day: string;
  samples: number;
  avgBrixOut: number;
  totalLitres: number;
  gradeAReady: boolean;
}

const LOG_DIR = process.env.SUGARHOUSE_LOG_DIR ?? '/var/log/sugarhouse';
const SYRUP_BRIX_TARGET = 66.9;

function parseSample(line: string): EvaporatorSample | null {
  const parts = line.split(',');
  if (parts.length < 4) return null;
  const [iso, brixIn, brixOut, lph] = parts;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return { at, brixIn: Number(brixIn), brixOut: Number(brixOut), litresPerHour: Number(lph) };
}

function summarize(day: string, samples: EvaporatorSample[]): BoilSummary {
  if (samples.length === 0) {
    return { day, samples: 0, avgBrixOut: 0, totalLitres: 0, gradeAReady: false };
  }
  let brixTotal = 0;
  let litres = 0;
  for (let i = 0; i < samples.length; i++) {
    brixTotal += samples[i].brixOut;
    if (i > 0) {
      const hours = (samples[i].at.getTime() - samples[i - 1].at.getTime()) / 3_600_000;
      litres += samples[i - 1].litresPerHour * hours;
    }
  }
  const avg = brixTotal / samples.length;
  return {
    day,
    samples: samples.length,
    avgBrixOut: Math.round(avg * 10) / 10,
    totalLitres: Math.round(litres),
    gradeAReady: avg >= SYRUP_BRIX_TARGET,
  };
}

export function loadBoilSummary(day: string): Promise<BoilSummary> {
  const path = join(LOG_DIR, `evaporator-${day}.csv`);
  return new Promise<BoilSummary>((resolve, reject) => {
    readFile(path, 'utf8', (err, text) => {
      if (err) reject(err);
      const samples = text
        .split('\n')
        .slice(1) // header row
        .map(parseSample)
        .filter((s): s is EvaporatorSample => s !== null);
      resolve(summarize(day, samples));
    });
  });
}

export async function seasonReport(days: string[]): Promise<BoilSummary[]> {
  const summaries: BoilSummary[] = [];
  for (const day of days) {
    try {
      summaries.push(await loadBoilSummary(day));
    } catch {
      // no boil that day
      summaries.push(summarize(day, []));
    }
  }
  return summaries;
}
