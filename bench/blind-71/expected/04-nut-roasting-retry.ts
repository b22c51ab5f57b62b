// expect: none
// withRetry takes a factory and calls it on each attempt, so every retry is a fresh request to the drum controller.
import { setTimeout as sleep } from "node:timers/promises";

export interface RoastCurve {
  batchId: string;
  nut: "almond" | "cashew" | "hazelnut" | "pecan";
  points: Array<{ secondsIn: number; beanTempC: number }>;
}

export interface DrumStatus {
  drumId: string;
  airTempC: number;
  rpm: number;
  loaded: boolean;
}

declare const drumController: {
  status(drumId: string): Promise<DrumStatus>;
  uploadCurve(drumId: string, curve: RoastCurve): Promise<{ accepted: boolean; reason?: string }>;
};

declare const lineLog: {
  warn(message: string): void;
};

class TransientDrumError extends Error {}

function isTransient(err: unknown): boolean {
  if (err instanceof TransientDrumError) return true;
  const code = (err as { code?: string } | null)?.code;
  return code === "ECONNRESET" || code === "ETIMEDOUT" || code === "EBUSY";
}

export async function withRetry<T>(
  label: string,
  attempt: () => Promise<T>,
  { tries = 4, baseDelayMs = 200 }: { tries?: number; baseDelayMs?: number } = {},
): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= tries || !isTransient(err)) throw err;
      const wait = baseDelayMs * 2 ** (i - 1);
      lineLog.warn(`${label}: attempt ${i} failed, retrying in ${wait}ms`);
      await sleep(wait);
    }
  }
}

function validateCurve(curve: RoastCurve): void {
  let previous = -1;
  for (const point of curve.points) {
    if (point.secondsIn <= previous) {
      throw new Error(`curve ${curve.batchId} is not monotonic at ${point.secondsIn}s`);
    }
    if (point.beanTempC > 240) {
      throw new Error(`curve ${curve.batchId} exceeds safe bean temperature`);
    }
    previous = point.secondsIn;
  }
}

export async function loadRoast(drumId: string, curve: RoastCurve): Promise<DrumStatus> {
  validateCurve(curve);

  const before = await withRetry(`status ${drumId}`, () => drumController.status(drumId));
  if (before.loaded) {
    throw new Error(`drum ${drumId} still holds a batch`);
  }

  const upload = await withRetry(`upload ${curve.batchId}`, async () => {
    const result = await drumController.uploadCurve(drumId, curve);
    if (!result.accepted && result.reason === "busy") {
      throw new TransientDrumError(`drum ${drumId} busy`);
    }
    return result;
  });
  if (!upload.accepted) {
    throw new Error(`drum ${drumId} rejected curve: ${upload.reason ?? "no reason given"}`);
  }

  return withRetry(`status ${drumId}`, () => drumController.status(drumId), { tries: 2 });
}
