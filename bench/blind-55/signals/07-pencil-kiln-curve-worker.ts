// expect: no-swallowed-abort
// Bug: planFiring's catch wraps every failure, including the AbortError from a cancelled shift, in a generic KilnPlanError, so callers can no longer tell cancellation from a real fault.
import { Worker } from "node:worker_threads";
import { join } from "node:path";

export interface CurveInput {
  kilnId: string;
  leadGrade: "HB" | "2B" | "6B" | "2H";
  trayCount: number;
  peakCelsius: number;
}

export interface FiringCurve {
  points: Array<{ minute: number; celsius: number }>;
  totalMinutes: number;
}

export interface FiringPlan {
  kilnId: string;
  curve: FiringCurve;
  startBy: string;
}

export class KilnPlanError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "KilnPlanError";
  }
}

declare function fetchKilnProfile(
  kilnId: string,
  options: { signal: AbortSignal },
): Promise<{ peakCelsius: number; maxTrays: number; preheatMinutes: number }>;

const CURVE_WORKER = join(__dirname, "kiln-curve.worker.js");

function runCurveWorker(input: CurveInput, signal: AbortSignal): Promise<FiringCurve> {
  return new Promise<FiringCurve>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(CURVE_WORKER, { workerData: input });

    const cleanup = () => {
      signal.removeEventListener("abort", onAbort);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (curve: FiringCurve) => {
      cleanup();
      resolve(curve);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`curve worker exited with code ${code} before replying`));
    };
    const onAbort = () => {
      cleanup();
      reject(signal.reason);
      worker.terminate().catch(() => undefined);
    };

    signal.addEventListener("abort", onAbort, { once: true });
    worker.once("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
  });
}

export async function planFiring(kilnId: string, trays: number, leadGrade: CurveInput["leadGrade"], signal: AbortSignal): Promise<FiringPlan> {
  try {
    const profile = await fetchKilnProfile(kilnId, { signal });
    if (trays > profile.maxTrays) {
      throw new RangeError(`kiln ${kilnId} holds at most ${profile.maxTrays} trays`);
    }
    const curve = await runCurveWorker({ kilnId, leadGrade, trayCount: trays, peakCelsius: profile.peakCelsius }, signal);
    const startBy = new Date(Date.now() + profile.preheatMinutes * 60_000).toISOString();
    return { kilnId, curve, startBy };
  } catch (err) {
    throw new KilnPlanError(`could not plan firing for kiln ${kilnId}`, { cause: err });
  }
}

export async function planShift(
  orders: Array<{ kilnId: string; trays: number; leadGrade: CurveInput["leadGrade"] }>,
  signal: AbortSignal,
): Promise<FiringPlan[]> {
  const plans: FiringPlan[] = [];
  for (const order of orders) {
    plans.push(await planFiring(order.kilnId, order.trays, order.leadGrade, signal));
  }
  return plans;
}
