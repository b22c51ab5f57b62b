// expect: none
// The signal is observed between steps with throwIfAborted, combined with a per-step timeout, and passed to both robot.execute and events.once.
import { once, type EventEmitter } from "node:events";

export interface FoldStep {
  index: number;
  kind: "valley" | "mountain" | "reverse" | "squash";
  creaseLineMm: [number, number, number, number];
}

export interface FoldRobot extends EventEmitter {
  id: string;
  execute(step: FoldStep, opts: { signal: AbortSignal }): Promise<void>;
  currentSheetId(): string | null;
}

export interface SequenceResult {
  sheetId: string;
  stepsCompleted: number;
  elapsedMs: number;
}

const STEP_TIMEOUT_MS = 20_000;

function validate(steps: FoldStep[]): void {
  steps.forEach((step, i) => {
    if (step.index !== i) {
      throw new Error(`fold step ${i} is out of order (index ${step.index})`);
    }
  });
}

export async function runFoldSequence(
  robot: FoldRobot,
  steps: FoldStep[],
  signal: AbortSignal,
): Promise<SequenceResult> {
  validate(steps);
  const sheetId = robot.currentSheetId();
  if (!sheetId) {
    throw new Error(`robot ${robot.id} has no sheet loaded`);
  }

  const started = Date.now();
  let stepsCompleted = 0;
  for (const step of steps) {
    signal.throwIfAborted();
    const stepSignal = AbortSignal.any([signal, AbortSignal.timeout(STEP_TIMEOUT_MS)]);
    const [[settledEvent]] = await Promise.all([
      once(robot, "crease-settled", { signal: stepSignal }),
      robot.execute(step, { signal: stepSignal }),
    ]);
    const settled = settledEvent as { index: number; ok: boolean };
    if (settled.index !== step.index || !settled.ok) {
      throw new Error(`step ${step.index} (${step.kind}) did not settle cleanly on ${robot.id}`);
    }
    stepsCompleted += 1;
  }

  return { sheetId, stepsCompleted, elapsedMs: Date.now() - started };
}
