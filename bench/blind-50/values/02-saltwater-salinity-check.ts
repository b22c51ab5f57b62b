// expect: no-read-before-settle
// startCycle assigns salinityPpm inside the .then callback but compares it synchronously right after, while it is still NaN, so the low-salt guard never trips.

export interface CellStatus {
  cellId: string;
  outputPercent: number;
  reversePolarityEveryH: number;
  hoursSinceClean: number;
}

export interface CycleReport {
  cellId: string;
  started: boolean;
  outputPercent: number;
  warnings: string[];
}

declare const chlorinator: {
  status(cellId: string): CellStatus;
  readSalinity(cellId: string): Promise<number>;
  setOutput(cellId: string, percent: number): void;
  enable(cellId: string): void;
};

declare const poolLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const MIN_SALINITY_PPM = 2700;
const MAX_SALINITY_PPM = 4500;
const CLEAN_EVERY_HOURS = 500;

export function outputForSeason(month: number, bathersPerDay: number): number {
  const summer = month >= 5 && month <= 8;
  const base = summer ? 60 : 35;
  const load = Math.min(30, Math.round(bathersPerDay / 10));
  return Math.min(100, base + load);
}

export class CycleStarter {
  constructor(private readonly bathersPerDay: number) {}

  startCycle(cellId: string, now = new Date()): CycleReport {
    const status = chlorinator.status(cellId);
    const warnings: string[] = [];

    let salinityPpm = NaN;
    chlorinator
      .readSalinity(cellId)
      .then((ppm) => {
        salinityPpm = ppm;
      })
      .catch((err: unknown) => poolLog.warn('salinity read failed', { cellId, error: String(err) }));

    if (salinityPpm < MIN_SALINITY_PPM) {
      warnings.push(`salinity ${salinityPpm} ppm too low; add salt before running the cell`);
      return { cellId, started: false, outputPercent: 0, warnings };
    }
    if (salinityPpm > MAX_SALINITY_PPM) {
      warnings.push(`salinity ${salinityPpm} ppm high; cell output will be reduced`);
    }
    if (status.hoursSinceClean > CLEAN_EVERY_HOURS) {
      warnings.push(`cell ${cellId} due for acid clean (${status.hoursSinceClean}h)`);
    }

    let output = outputForSeason(now.getMonth(), this.bathersPerDay);
    if (salinityPpm > MAX_SALINITY_PPM) output = Math.min(output, 50);
    chlorinator.setOutput(cellId, output);
    chlorinator.enable(cellId);
    return { cellId, started: true, outputPercent: output, warnings };
  }
}
