// expect: require-signal-propagation
// runCleanCycle accepts options.signal but never checks it between stages, so cancelling from the kiosk lets the whole multi-minute cycle run on
export type CleanStage = "cool-down" | "sugar-purge" | "hot-rinse" | "sanitize" | "dry-spin";

export interface CleanCycleOptions {
  signal?: AbortSignal;
  onProgress?: (stage: CleanStage, pct: number) => void;
  skipSanitize?: boolean;
}

export interface CleanCycleReport {
  machineId: string;
  stagesRun: CleanStage[];
  residueMg: number;
  durationMs: number;
}

declare const machineIo: {
  headTempC(machineId: string): Promise<number>;
  runStage(machineId: string, stage: CleanStage): Promise<{ residueMg: number }>;
  lockLid(machineId: string, locked: boolean): Promise<void>;
};

declare const serviceLog: {
  record(machineId: string, report: CleanCycleReport): Promise<void>;
};

const SAFE_HEAD_TEMP_C = 45;

function plannedStages(opts: CleanCycleOptions): CleanStage[] {
  const stages: CleanStage[] = ["cool-down", "sugar-purge", "hot-rinse", "sanitize", "dry-spin"];
  return opts.skipSanitize ? stages.filter((s) => s !== "sanitize") : stages;
}

async function waitForCoolHead(machineId: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if ((await machineIo.headTempC(machineId)) <= SAFE_HEAD_TEMP_C) return;
    await new Promise<void>((r) => setTimeout(r, 1000));
  }
  throw new Error(`head on ${machineId} still above ${SAFE_HEAD_TEMP_C}C after two minutes`);
}

export async function runCleanCycle(
  machineId: string,
  opts: CleanCycleOptions = {},
): Promise<CleanCycleReport> {
  const started = Date.now();
  const stages = plannedStages(opts);
  const stagesRun: CleanStage[] = [];
  let residueMg = 0;

  await machineIo.lockLid(machineId, true);
  try {
    for (const [index, stage] of stages.entries()) {
      if (stage === "cool-down") {
        await waitForCoolHead(machineId);
      } else {
        const result = await machineIo.runStage(machineId, stage);
        residueMg = result.residueMg;
      }
      stagesRun.push(stage);
      opts.onProgress?.(stage, Math.round(((index + 1) / stages.length) * 100));
    }
  } finally {
    await machineIo.lockLid(machineId, false);
  }

  const report: CleanCycleReport = { machineId, stagesRun, residueMg, durationMs: Date.now() - started };
  await serviceLog.record(machineId, report);
  if (residueMg > 50) {
    throw new Error(`residue ${residueMg}mg after cleaning ${machineId}; repeat cycle`);
  }
  return report;
}
