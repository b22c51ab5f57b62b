// expect: none
// The race between the deploy event and the timeout shares one AbortController that is aborted in finally, so the losing timer and listener are always torn down.
import { EventEmitter, once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";

export interface DeployEvent {
  rigSerial: string;
  altitudeM: number;
  openingShockG: number;
}

export class DeployTimeoutError extends Error {
  constructor(readonly rigSerial: string, ms: number) {
    super(`no deployment reported by rig ${rigSerial} within ${ms}ms of drop`);
    this.name = "DeployTimeoutError";
  }
}

export interface DropTestRig extends EventEmitter {
  readonly serial: string;
  release(altitudeM: number): void;
}

declare const testLog: { record(serial: string, result: Record<string, unknown>): Promise<void> };

const MAX_SHOCK_G = 9;

export async function waitForDeploy(rig: DropTestRig, timeoutMs: number, outer?: AbortSignal): Promise<DeployEvent> {
  const local = new AbortController();
  const signal = outer ? AbortSignal.any([outer, local.signal]) : local.signal;
  try {
    const [event] = (await Promise.race([
      once(rig, "deployed", { signal }),
      sleep(timeoutMs, undefined, { signal }).then(() => {
        throw new DeployTimeoutError(rig.serial, timeoutMs);
      }),
    ])) as [DeployEvent];
    return event;
  } finally {
    local.abort();
  }
}

export async function dropTest(rig: DropTestRig, altitudeM: number, signal?: AbortSignal) {
  const fallSeconds = Math.sqrt((2 * altitudeM) / 9.81);
  const deployed = waitForDeploy(rig, Math.ceil(fallSeconds * 1000) + 2_000, signal);
  rig.release(altitudeM);
  const event = await deployed;

  const passed = event.openingShockG <= MAX_SHOCK_G && event.altitudeM >= altitudeM * 0.6;
  await testLog.record(rig.serial, {
    dropAltitudeM: altitudeM,
    deployAltitudeM: event.altitudeM,
    openingShockG: event.openingShockG,
    passed,
  });
  return { passed, event };
}

export async function dropSeries(rig: DropTestRig, altitudesM: number[], signal?: AbortSignal) {
  const results: Array<{ altitudeM: number; passed: boolean }> = [];
  for (const altitudeM of altitudesM) {
    signal?.throwIfAborted();
    const { passed } = await dropTest(rig, altitudeM, signal);
    results.push({ altitudeM, passed });
    if (!passed) break;
  }
  return results;
}
