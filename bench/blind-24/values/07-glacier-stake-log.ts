// expect: no-read-before-settle
// Bug: the counters are updated in the readline 'line' handler but read into the returned summary right after the listener is attached, before any line is read.
import { createReadStream } from "node:fs";
import { access, constants } from "node:fs/promises";
import { createInterface } from "node:readline";

export interface StakeSummary {
  stakeId: string;
  readings: number;
  firstSurveyed?: string;
  lastSurveyed?: string;
  netAblationCm: number;
  maxDailyMeltCm: number;
  rejectedLines: number;
}

interface StakeReading {
  date: string;
  exposedCm: number;
}

function parseLine(line: string): StakeReading | null {
  const [date, exposed] = line.split(",").map((s) => s.trim());
  const exposedCm = Number(exposed);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? "") || !Number.isFinite(exposedCm)) {
    return null;
  }
  return { date, exposedCm };
}

function daysBetween(a: string, b: string): number {
  return Math.max(1, Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000));
}

export async function summarizeStake(stakeId: string, csvPath: string): Promise<StakeSummary> {
  await access(csvPath, constants.R_OK);

  let readings = 0;
  let rejectedLines = 0;
  let maxDailyMeltCm = 0;
  let netAblationCm = 0;
  let firstSurveyed: string | undefined;
  let lastSurveyed: string | undefined;
  let previous: StakeReading | null = null;
  let firstExposure = 0;

  const rl = createInterface({ input: createReadStream(csvPath, "utf8"), crlfDelay: Infinity });
  let header = true;

  rl.on("line", (line) => {
    if (header) {
      header = false;
      return;
    }
    const reading = parseLine(line);
    if (!reading) {
      rejectedLines += 1;
      return;
    }

    if (previous) {
      const dailyMelt = (reading.exposedCm - previous.exposedCm) / daysBetween(previous.date, reading.date);
      maxDailyMeltCm = Math.max(maxDailyMeltCm, dailyMelt);
    } else {
      firstSurveyed = reading.date;
      firstExposure = reading.exposedCm;
    }

    readings += 1;
    lastSurveyed = reading.date;
    netAblationCm = reading.exposedCm - firstExposure;
    previous = reading;
  });

  rl.on("error", (err) => {
    console.error(`stake ${stakeId}: failed reading ${csvPath}`, err);
  });

  return {
    stakeId,
    readings,
    firstSurveyed,
    lastSurveyed,
    netAblationCm: Math.round(netAblationCm * 10) / 10,
    maxDailyMeltCm: Math.round(maxDailyMeltCm * 10) / 10,
    rejectedLines,
  };
}
