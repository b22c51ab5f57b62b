// expect: none
// The retry helper takes a factory and calls it on every attempt, and the shared in-flight promise is an intentional de-duplication of concurrent reads that is cleared once it settles.
import { setTimeout as delay } from "node:timers/promises";

export interface ForgeReading {
  forgeId: string;
  tempC: number;
  fuel: "coal" | "propane";
  takenAt: number;
}

export interface ShoeOrder {
  orderId: string;
  size: number;
  pattern: "front" | "hind";
  quantity: number;
}

declare const pyrometer: {
  read(forgeId: string): Promise<ForgeReading>;
};
declare const anvilStation: {
  strike(orderId: string, heats: number): Promise<number>;
};

const WORKING_TEMP_C = 1_100;
const HEATS_PER_SHOE = 3;

async function retry<T>(attempt: () => Promise<T>, tries: number, backoffMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      await delay(backoffMs * (i + 1));
    }
  }
  throw lastError;
}

export class ForgeMonitor {
  private inflight?: Promise<ForgeReading>;
  private last?: ForgeReading;

  constructor(
    private readonly forgeId: string,
    private readonly maxAgeMs = 2_000,
  ) {}

  reading(): Promise<ForgeReading> {
    if (this.last && Date.now() - this.last.takenAt < this.maxAgeMs) {
      return Promise.resolve(this.last);
    }
    this.inflight ??= retry(() => pyrometer.read(this.forgeId), 3, 150).then(
      (r) => {
        this.last = r;
        this.inflight = undefined;
        return r;
      },
      (err: unknown) => {
        this.inflight = undefined;
        throw err;
      },
    );
    return this.inflight;
  }

  async waitForWorkingHeat(pollMs = 500, maxPolls = 120): Promise<ForgeReading> {
    for (let i = 0; i < maxPolls; i++) {
      const r = await this.reading();
      if (r.tempC >= WORKING_TEMP_C) return r;
      await delay(pollMs);
    }
    throw new Error(`forge ${this.forgeId} did not reach ${WORKING_TEMP_C} °C`);
  }
}

export async function forgeOrder(monitor: ForgeMonitor, order: ShoeOrder): Promise<number> {
  if (order.quantity <= 0) return 0;
  let made = 0;
  for (let i = 0; i < order.quantity; i++) {
    await monitor.waitForWorkingHeat();
    made += await retry(() => anvilStation.strike(order.orderId, HEATS_PER_SHOE), 2, 400);
  }
  return made;
}

export async function dashboard(monitors: readonly ForgeMonitor[]): Promise<ForgeReading[]> {
  return Promise.all(monitors.map((m) => m.reading()));
}
