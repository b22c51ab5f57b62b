// expect: none
// Retries call the factory for a fresh gauge read each attempt; the shared in-flight promise is intentional de-duplication and is evicted when it settles.
import { setTimeout as delay } from "node:timers/promises";

export interface TensionReading {
  stringId: string;
  newtons: number;
  pitchHz: number;
}

declare const gauge: {
  read(stringId: string): Promise<TensionReading>;
};

declare const winder: {
  turn(stringId: string, degrees: number): Promise<void>;
};

async function retry<T>(attemptFn: () => Promise<T>, attempts: number, backoffMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await attemptFn();
    } catch (err) {
      lastError = err;
      await delay(backoffMs * (i + 1));
    }
  }
  throw lastError;
}

export class TensionMonitor {
  private readonly inflight = new Map<string, Promise<TensionReading>>();

  read(stringId: string): Promise<TensionReading> {
    if (this.inflight.has(stringId)) {
      return this.inflight.get(stringId)!;
    }
    const reading = retry(() => gauge.read(stringId), 3, 150).finally(() => {
      this.inflight.delete(stringId);
    });
    this.inflight.set(stringId, reading);
    return reading;
  }

  async tuneTo(stringId: string, targetHz: number, toleranceHz = 0.5): Promise<TensionReading> {
    for (let pass = 0; pass < 12; pass++) {
      const current = await this.read(stringId);
      const error = targetHz - current.pitchHz;
      if (Math.abs(error) <= toleranceHz) {
        return current;
      }
      const degrees = Math.max(-30, Math.min(30, error * 2.5));
      await winder.turn(stringId, degrees);
      await delay(400);
    }
    throw new Error(`string ${stringId} did not settle at ${targetHz}Hz`);
  }

  async tuneCourse(targets: Record<string, number>): Promise<TensionReading[]> {
    const results: TensionReading[] = [];
    for (const [stringId, hz] of Object.entries(targets)) {
      results.push(await this.tuneTo(stringId, hz));
    }
    return results;
  }
}
