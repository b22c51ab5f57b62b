// expect: none
// The footage download starts early but .then(ok, err) is attached immediately, turning it into a result object that cannot reject.
export interface InspectionRun {
  runId: string;
  robotId: string;
  manholeFrom: string;
  manholeTo: string;
  lengthM: number;
}

export interface Defect {
  atM: number;
  code: "crack" | "root" | "joint" | "deposit" | "collapse";
  grade: 1 | 2 | 3 | 4 | 5;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

declare const robotGateway: {
  downloadFootage(runId: string): Promise<{ uri: string; bytes: number }>;
  defectLog(runId: string): Promise<Defect[]>;
};

declare const assetRegister: {
  attachInspection(pipeId: string, data: { runId: string; defects: Defect[]; footageUri?: string }): Promise<void>;
};

function settle<T>(p: Promise<T>): Promise<Outcome<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

export function worstGrade(defects: Defect[]): number {
  return defects.reduce((max, d) => Math.max(max, d.grade), 0);
}

export async function ingestRun(run: InspectionRun): Promise<{ pipeId: string; worst: number }> {
  const footage = settle(robotGateway.downloadFootage(run.runId));
  const defects = await robotGateway.defectLog(run.runId);
  const outOfRange = defects.filter((d) => d.atM < 0 || d.atM > run.lengthM);
  if (outOfRange.length > 0) {
    throw new Error(`run ${run.runId}: ${outOfRange.length} defects outside pipe length`);
  }
  const pipeId = `${run.manholeFrom}-${run.manholeTo}`;
  const video = await footage;
  await assetRegister.attachInspection(pipeId, {
    runId: run.runId,
    defects,
    footageUri: video.ok ? video.value.uri : undefined,
  });
  return { pipeId, worst: worstGrade(defects) };
}

export async function ingestShift(runs: InspectionRun[]): Promise<Map<string, number>> {
  const worstByPipe = new Map<string, number>();
  for (const run of runs) {
    const { pipeId, worst } = await ingestRun(run);
    worstByPipe.set(pipeId, Math.max(worst, worstByPipe.get(pipeId) ?? 0));
  }
  return worstByPipe;
}

export function needsRehab(worstByPipe: Map<string, number>): string[] {
  return [...worstByPipe].filter(([, grade]) => grade >= 4).map(([pipe]) => pipe);
}
