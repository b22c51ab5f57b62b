// expect: none
// retryMove receives a factory and calls it on each attempt, and the emergency handler is registered as a function on purpose
import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";

export type Level = "surface" | "L-120" | "L-240" | "L-360" | "L-480";

export interface CageStatus {
  cageId: string;
  level: Level;
  loadKg: number;
  doorsClosed: boolean;
}

declare const hoist: EventEmitter & {
  moveTo(cageId: string, level: Level): Promise<CageStatus>;
  emergencyStop(cageId: string): Promise<void>;
  brakeTest(cageId: string): Promise<boolean>;
  ropeTension(cageId: string): Promise<number>;
};

declare const shiftLog: {
  record(entry: { cageId: string; event: string; at: Date }): Promise<void>;
};

const MAX_LOAD_KG = 4_500;
const MIN_ROPE_TENSION_KN = 180;

async function retryMove(
  attempt: () => Promise<CageStatus>,
  tries: number,
  backoffMs: number,
): Promise<CageStatus> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await sleep(backoffMs * (i + 1));
    }
  }
  throw lastError;
}

export class ShaftDispatcher {
  private stopped = false;
  private stopping: Promise<void> = Promise.resolve();

  constructor(private readonly cageId: string) {
    hoist.on("overspeed", this.handleOverspeed);
  }

  private readonly handleOverspeed = (cageId: string): void => {
    if (cageId !== this.cageId) return;
    this.stopped = true;
    this.stopping = this.stopCage(cageId).catch((err: Error) => {
      process.emitWarning(`emergency stop for ${cageId} failed: ${err.message}`);
    });
  };

  private async stopCage(cageId: string): Promise<void> {
    await hoist.emergencyStop(cageId);
    await shiftLog.record({ cageId, event: "overspeed-stop", at: new Date() });
  }

  async preShiftChecks(): Promise<void> {
    const [brakesOk, tension] = await Promise.all([
      hoist.brakeTest(this.cageId),
      hoist.ropeTension(this.cageId),
    ]);
    if (!brakesOk) throw new Error(`brake test failed on ${this.cageId}`);
    if (tension < MIN_ROPE_TENSION_KN) {
      throw new Error(`rope tension ${tension}kN below ${MIN_ROPE_TENSION_KN}kN`);
    }
  }

  async dispatch(level: Level, loadKg: number): Promise<CageStatus> {
    if (this.stopped) throw new Error(`cage ${this.cageId} is locked out after an emergency stop`);
    if (loadKg > MAX_LOAD_KG) throw new Error(`load ${loadKg}kg exceeds cage rating`);

    const status = await retryMove(() => hoist.moveTo(this.cageId, level), 3, 2_000);
    if (!status.doorsClosed) {
      throw new Error(`cage ${this.cageId} arrived at ${status.level} with doors open`);
    }
    await shiftLog.record({ cageId: this.cageId, event: `arrived ${status.level}`, at: new Date() });
    return status;
  }

  async dispose(): Promise<void> {
    hoist.off("overspeed", this.handleOverspeed);
    await this.stopping;
  }
}
