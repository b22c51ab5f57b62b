// expect: no-reused-settled-promise
// preheat() starts ovens.setTemperature() once and re-awaits that same settled promise on every retry, so a failed preheat is never actually attempted again.
import { setTimeout as sleep } from "node:timers/promises";

export interface OvenStatus {
  ovenId: string;
  temperatureC: number;
  stable: boolean;
}

export interface BakePlan {
  batchId: string;
  ovenId: string;
  shape: "house" | "man" | "star" | "heart";
  trays: number;
  tempC: number;
  minutes: number;
}

declare const ovens: {
  setTemperature(ovenId: string, targetC: number): Promise<OvenStatus>;
  load(ovenId: string, trays: number): Promise<void>;
};

declare const logger: {
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 3;
const BACKOFF_MS = 1_500;
const TEMP_TOLERANCE_C = 5;

const BAKE_MINUTES: Record<BakePlan["shape"], number> = {
  house: 14,
  man: 9,
  star: 8,
  heart: 9,
};

export class BakeLine {
  private readonly lastStatus = new Map<string, OvenStatus>();

  async preheat(ovenId: string, targetC: number): Promise<OvenStatus> {
    const attempt = ovens.setTemperature(ovenId, targetC);
    let lastError: unknown;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      try {
        const status = await attempt;
        if (Math.abs(status.temperatureC - targetC) > TEMP_TOLERANCE_C) {
          throw new Error(`oven ${ovenId} reports ${status.temperatureC}°C, wanted ${targetC}°C`);
        }
        this.lastStatus.set(ovenId, status);
        return status;
      } catch (err) {
        lastError = err;
        logger.warn("preheat attempt failed", { ovenId, attempt: i + 1, error: String(err) });
        await sleep(BACKOFF_MS * 2 ** i);
      }
    }
    throw new Error(`oven ${ovenId} failed to preheat after ${MAX_ATTEMPTS} attempts`, { cause: lastError });
  }

  planBatch(batchId: string, ovenId: string, shape: BakePlan["shape"], trays: number): BakePlan {
    const minutes = BAKE_MINUTES[shape] + (trays > 4 ? 2 : 0);
    return { batchId, ovenId, shape, trays, tempC: shape === "house" ? 170 : 180, minutes };
  }

  async bake(plan: BakePlan): Promise<void> {
    await this.preheat(plan.ovenId, plan.tempC);
    await ovens.load(plan.ovenId, plan.trays);
    logger.info("batch in oven", { batchId: plan.batchId, minutes: plan.minutes });
  }
}
