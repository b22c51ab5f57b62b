// expect: no-unobserved-promise
// The label batch fetch starts before priming and capper checks are awaited; if it rejects meanwhile, nothing is attached to it yet.
export interface LabelBatch {
  lot: string;
  spring: string;
  bestBefore: string;
  labels: number;
}

export interface LineCheck {
  line: number;
  pressureBar: number;
  sterile: boolean;
}

export interface RunReport {
  lot: string;
  line: number;
  bottlesPlanned: number;
  labelsAvailable: number;
}

declare const labelPrinter: {
  fetchBatch(lot: string): Promise<LabelBatch>;
};

declare const filler: {
  prime(line: number, litres: number): Promise<LineCheck>;
  flush(line: number): Promise<void>;
};

declare const capper: {
  torqueCheck(line: number): Promise<{ okHeads: number; totalHeads: number }>;
};

declare const spring: {
  flowLitresPerMinute(source: string): Promise<number>;
};

const PRIME_LITRES = 40;
const MIN_PRESSURE_BAR = 2.2;
const BOTTLE_LITRES = 0.75;

export class LineNotReadyError extends Error {
  constructor(readonly line: number, reason: string) {
    super(`line ${line} not ready: ${reason}`);
    this.name = 'LineNotReadyError';
  }
}

export async function startBottlingRun(lot: string, line: number, source: string, minutes: number): Promise<RunReport> {
  const labelsPromise = labelPrinter.fetchBatch(lot);

  const check = await filler.prime(line, PRIME_LITRES);
  if (!check.sterile || check.pressureBar < MIN_PRESSURE_BAR) {
    await filler.flush(line);
    throw new LineNotReadyError(line, `pressure ${check.pressureBar} bar, sterile=${check.sterile}`);
  }

  const heads = await capper.torqueCheck(line);
  if (heads.okHeads < heads.totalHeads - 1) {
    throw new LineNotReadyError(line, `${heads.totalHeads - heads.okHeads} capper heads out of spec`);
  }

  const flow = await spring.flowLitresPerMinute(source);
  const bottlesPlanned = Math.floor((flow * minutes) / BOTTLE_LITRES);

  const labels = await labelsPromise;
  if (labels.spring !== source) {
    throw new Error(`label lot ${lot} is printed for ${labels.spring}, not ${source}`);
  }

  return {
    lot,
    line,
    bottlesPlanned: Math.min(bottlesPlanned, labels.labels),
    labelsAvailable: labels.labels,
  };
}

export function shortfall(report: RunReport): number {
  return Math.max(0, report.bottlesPlanned - report.labelsAvailable);
}

export async function startShift(lots: readonly string[], line: number, source: string): Promise<RunReport[]> {
  const reports: RunReport[] = [];
  for (const lot of lots) {
    reports.push(await startBottlingRun(lot, line, source, 90));
  }
  return reports;
}
