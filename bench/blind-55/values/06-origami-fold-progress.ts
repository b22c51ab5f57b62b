// expect: none
// Correct: foldedCount and lastCrease are written by 'crease' listeners but only read after awaiting once(robot, 'done'), by which time the listeners have run.
import { EventEmitter, once } from "node:events";

export interface CreaseEvent {
  index: number;
  kind: "valley" | "mountain" | "squash" | "petal";
  forceN: number;
}

export interface FoldRun {
  modelName: string;
  creases: number;
  maxForceN: number;
  lastKind: CreaseEvent["kind"] | null;
  durationMs: number;
}

declare function connectFoldingRobot(cellId: string): EventEmitter & {
  load(diagramId: string): void;
  start(): void;
  park(): void;
};
declare const diagrams: { creaseCount(diagramId: string): Promise<number>; name(diagramId: string): Promise<string> };
declare const qa: { flag(cellId: string, diagramId: string, reason: string): Promise<void> };

const FORCE_LIMIT_N = 12;

export async function foldModel(cellId: string, diagramId: string, signal?: AbortSignal): Promise<FoldRun> {
  const [expected, modelName] = await Promise.all([diagrams.creaseCount(diagramId), diagrams.name(diagramId)]);
  const robot = connectFoldingRobot(cellId);

  let foldedCount = 0;
  let maxForce = 0;
  let lastCrease: CreaseEvent | null = null;
  const onCrease = (ev: CreaseEvent) => {
    foldedCount += 1;
    maxForce = Math.max(maxForce, ev.forceN);
    lastCrease = ev;
  };
  robot.on("crease", onCrease);

  const startedAt = Date.now();
  robot.load(diagramId);
  robot.start();
  try {
    await once(robot, "done", { signal });
  } finally {
    robot.off("crease", onCrease);
    robot.park();
  }

  const run: FoldRun = {
    modelName,
    creases: foldedCount,
    maxForceN: maxForce,
    lastKind: (lastCrease as CreaseEvent | null)?.kind ?? null,
    durationMs: Date.now() - startedAt,
  };

  if (foldedCount !== expected) {
    await qa.flag(cellId, diagramId, `folded ${foldedCount} of ${expected} creases`);
  }
  if (maxForce > FORCE_LIMIT_N) {
    await qa.flag(cellId, diagramId, `peak force ${maxForce.toFixed(1)}N may have torn the sheet`);
  }
  return run;
}

export async function foldBatch(cellId: string, diagramIds: string[], signal?: AbortSignal): Promise<FoldRun[]> {
  const runs: FoldRun[] = [];
  for (const id of diagramIds) {
    signal?.throwIfAborted();
    runs.push(await foldModel(cellId, id, signal));
  }
  return runs;
}
