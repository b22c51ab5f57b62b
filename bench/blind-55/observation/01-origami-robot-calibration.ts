// expect: no-unobserved-promise
// Bug: the arm calibration promise is started first but only awaited after loading the pattern and the sheet; if it rejects meanwhile it is an unhandled rejection.
export interface FoldPattern {
  id: string;
  name: string;
  sheetSize: { widthMm: number; heightMm: number };
  creases: Array<{ from: [number, number]; to: [number, number]; kind: "valley" | "mountain" }>;
}

export interface FoldCell {
  cellId: string;
  armId: string;
  feederId: string;
}

export interface FoldJob {
  jobId: string;
  patternId: string;
  copies: number;
}

declare const arms: {
  calibrate(armId: string): Promise<{ offsetMm: number; squareness: number }>;
  crease(armId: string, from: [number, number], to: [number, number], kind: "valley" | "mountain"): Promise<void>;
  eject(armId: string): Promise<void>;
};
declare const patternStore: { load(patternId: string): Promise<FoldPattern> };
declare const feeder: {
  loadSheet(feederId: string, size: { widthMm: number; heightMm: number }): Promise<number>;
};
declare const jobLog: { info(msg: string, data?: object): void; error(msg: string, data?: object): void };

const MAX_OFFSET_MM = 0.4;

function orderCreases(pattern: FoldPattern): FoldPattern["creases"] {
  return [...pattern.creases].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === "valley" ? -1 : 1;
    return a.from[0] - b.from[0];
  });
}

export async function runFoldJob(cell: FoldCell, job: FoldJob): Promise<number> {
  const calibration = arms.calibrate(cell.armId);
  const pattern = await patternStore.load(job.patternId);
  const sheets = await feeder.loadSheet(cell.feederId, pattern.sheetSize);
  if (sheets < job.copies) {
    jobLog.info("feeder short, folding partial run", { jobId: job.jobId, sheets });
  }

  const { offsetMm, squareness } = await calibration;
  if (offsetMm > MAX_OFFSET_MM || squareness < 0.995) {
    throw new Error(`arm ${cell.armId} out of tolerance (offset ${offsetMm}mm)`);
  }

  const creases = orderCreases(pattern);
  let folded = 0;
  for (let copy = 0; copy < Math.min(sheets, job.copies); copy++) {
    for (const c of creases) {
      await arms.crease(cell.armId, c.from, c.to, c.kind);
    }
    await arms.eject(cell.armId);
    folded += 1;
  }
  jobLog.info("fold job complete", { jobId: job.jobId, pattern: pattern.name, folded });
  return folded;
}

export async function runShift(cell: FoldCell, jobs: FoldJob[]): Promise<Record<string, number>> {
  const output: Record<string, number> = {};
  for (const job of jobs) {
    try {
      output[job.jobId] = await runFoldJob(cell, job);
    } catch (err) {
      jobLog.error("fold job failed", { jobId: job.jobId, err: String(err) });
      output[job.jobId] = 0;
    }
  }
  return output;
}
