// expect: none
// The worker executor resolves on the result message and rejects on 'error' or a premature 'exit', with a settled flag so the trailing exit is ignored.
import { Worker } from "node:worker_threads";

export interface RinkSession {
  rinkId: string;
  start: Date;
  end: Date;
  kind: "public-skate" | "hockey" | "figure" | "curling";
}

export interface ResurfaceSlot {
  rinkId: string;
  machineId: string;
  start: Date;
  durationMin: number;
}

interface SolverResult {
  slots: Array<{ rinkId: string; machineId: string; start: string; durationMin: number }>;
  unplaced: string[];
}

declare const rinkCalendar: {
  sessionsFor(day: string): Promise<RinkSession[]>;
  publishResurfacing(day: string, slots: ResurfaceSlot[]): Promise<void>;
};

declare const alerts: {
  warn(message: string): void;
};

const SOLVER_PATH = new URL("./zamboni-solver.worker.js", "file:///opt/rinkops/dist/");

function runSolver(sessions: RinkSession[], machines: string[]): Promise<SolverResult> {
  return new Promise<SolverResult>((resolve, reject) => {
    const worker = new Worker(SOLVER_PATH, {
      workerData: {
        machines,
        sessions: sessions.map((s) => ({
          rinkId: s.rinkId,
          start: s.start.toISOString(),
          end: s.end.toISOString(),
          kind: s.kind,
        })),
      },
    });
    let settled = false;

    worker.once("message", (result: SolverResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    });
    worker.once("error", (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    worker.once("exit", (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`zamboni solver exited with code ${code} before producing a schedule`));
    });
  });
}

function requiredGapMinutes(kind: RinkSession["kind"]): number {
  return kind === "figure" ? 15 : kind === "curling" ? 20 : 12;
}

export async function planResurfacing(day: string, machines: string[]): Promise<ResurfaceSlot[]> {
  const sessions = await rinkCalendar.sessionsFor(day);
  const tooTight = sessions.filter((s, i) => {
    const next = sessions[i + 1];
    if (!next || next.rinkId !== s.rinkId) return false;
    return (next.start.getTime() - s.end.getTime()) / 60_000 < requiredGapMinutes(next.kind);
  });
  if (tooTight.length > 0) {
    alerts.warn(`${tooTight.length} back-to-back sessions on ${day} leave no time to resurface`);
  }

  const result = await runSolver(sessions, machines);
  if (result.unplaced.length > 0) {
    alerts.warn(`could not place resurfacing after: ${result.unplaced.join(", ")}`);
  }

  const slots = result.slots.map((s) => ({ ...s, start: new Date(s.start) }));
  await rinkCalendar.publishResurfacing(day, slots);
  return slots;
}
