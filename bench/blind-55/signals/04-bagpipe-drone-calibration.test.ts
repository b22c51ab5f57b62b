// expect: none
// Correct: calibrateDrones passes the signal to each step, checks it between drones, and rethrows AbortError untouched; the tests assert exactly that.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

export interface DroneReading {
  droneId: string;
  hz: number;
}

export type ReadDrone = (droneId: string, options: { signal: AbortSignal }) => Promise<DroneReading>;

export class CalibrationError extends Error {
  constructor(readonly droneId: string, cause: unknown) {
    super(`could not calibrate ${droneId}`, { cause });
    this.name = "CalibrationError";
  }
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === "AbortError";
}

export async function calibrateDrones(
  droneIds: string[],
  readDrone: ReadDrone,
  signal: AbortSignal,
): Promise<DroneReading[]> {
  const readings: DroneReading[] = [];
  for (const droneId of droneIds) {
    signal.throwIfAborted();
    try {
      readings.push(await readDrone(droneId, { signal }));
    } catch (err) {
      if (isAbortError(err) || signal.aborted) throw err;
      throw new CalibrationError(droneId, err);
    }
  }
  return readings;
}

function fakeTuner(hzById: Record<string, number>, latencyMs = 5): ReadDrone {
  return async (droneId, { signal }) => {
    await delay(latencyMs, undefined, { signal });
    const hz = hzById[droneId];
    if (hz === undefined) throw new Error(`no drone ${droneId}`);
    return { droneId, hz };
  };
}

describe("calibrateDrones", () => {
  const tuner = fakeTuner({ "tenor-l": 480, "tenor-r": 479.5, bass: 240 });

  it("reads every drone in order", async () => {
    const readings = await calibrateDrones(["bass", "tenor-l", "tenor-r"], tuner, new AbortController().signal);
    assert.deepEqual(
      readings.map((r) => r.droneId),
      ["bass", "tenor-l", "tenor-r"],
    );
  });

  it("wraps ordinary tuner failures", async () => {
    await assert.rejects(calibrateDrones(["tenor-l", "chanter"], tuner, new AbortController().signal), (err: unknown) => {
      assert.ok(err instanceof CalibrationError);
      assert.equal(err.droneId, "chanter");
      return true;
    });
  });

  it("rejects with AbortError when cancelled mid-read", async () => {
    const controller = new AbortController();
    const slow = fakeTuner({ bass: 240 }, 1_000);
    const pending = calibrateDrones(["bass"], slow, controller.signal);
    controller.abort();
    await assert.rejects(pending, { name: "AbortError" });
  });

  it("does not start when already aborted", async () => {
    let calls = 0;
    const counting: ReadDrone = async (droneId, options) => {
      calls += 1;
      return tuner(droneId, options);
    };
    await assert.rejects(calibrateDrones(["bass"], counting, AbortSignal.abort()), { name: "AbortError" });
    assert.equal(calls, 0);
  });
});
