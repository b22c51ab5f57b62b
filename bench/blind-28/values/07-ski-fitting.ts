// expect: none
// Correct: the hold timer sets expiredAt and the release callback is the only reader; waitForBindingCheck awaits the timer promise before reading the torque result.
import { setTimeout as sleep } from "node:timers/promises";

export interface RentalSet {
  skiId: string;
  bootId: string;
  skierWeightKg: number;
  bootSoleMm: number;
  ability: 1 | 2 | 3;
}

interface Hold {
  set: RentalSet;
  timer: NodeJS.Timeout;
  expiredAt: Date | null;
}

declare const bindingBench: {
  start(skiId: string, din: number): void;
  readTorque(skiId: string): { twistNm: number; forwardNm: number } | null;
};

// Simplified ISO 11088 lookup: weight band + sole length + skier type.
export function dinSetting(set: RentalSet): number {
  const band = set.skierWeightKg < 48 ? 3 : set.skierWeightKg < 67 ? 5 : set.skierWeightKg < 79 ? 6 : 7;
  const soleAdj = set.bootSoleMm > 330 ? -1 : set.bootSoleMm < 250 ? 1 : 0;
  return Math.max(1, band + soleAdj + (set.ability - 1)) * 1.25;
}

export class FittingCounter {
  private readonly holds = new Map<string, Hold>();
  readonly released: Array<{ skiId: string; at: Date }> = [];

  constructor(private readonly holdMs = 15 * 60_000) {}

  reserve(set: RentalSet): void {
    const hold: Hold = {
      set,
      expiredAt: null,
      timer: setTimeout(() => {
        hold.expiredAt = new Date();
        this.holds.delete(set.skiId);
        this.released.push({ skiId: set.skiId, at: hold.expiredAt });
      }, this.holdMs),
    };
    hold.timer.unref();
    this.holds.set(set.skiId, hold);
  }

  cancel(skiId: string): boolean {
    const hold = this.holds.get(skiId);
    if (!hold) return false;
    clearTimeout(hold.timer);
    this.holds.delete(skiId);
    return true;
  }

  async waitForBindingCheck(skiId: string, signal?: AbortSignal): Promise<{ din: number; passed: boolean }> {
    const hold = this.holds.get(skiId);
    if (!hold) throw new Error(`no active hold for ${skiId}`);

    const din = dinSetting(hold.set);
    bindingBench.start(skiId, din);

    // The bench needs a few seconds per release direction.
    let reading = bindingBench.readTorque(skiId);
    for (let attempt = 0; reading === null && attempt < 10; attempt++) {
      await sleep(1_500, undefined, { signal });
      reading = bindingBench.readTorque(skiId);
    }
    if (reading === null) {
      throw new Error(`binding bench timed out for ${skiId}`);
    }

    const expectedTwist = din * 10;
    const passed = Math.abs(reading.twistNm - expectedTwist) / expectedTwist <= 0.15;
    if (passed) this.cancel(skiId);
    return { din, passed };
  }
}
