// expect: none
// Correct: the tank reading assigned inside the Node-style callback is only read after awaiting the promise that the callback resolves.
import { setTimeout as sleep } from "node:timers/promises";

export interface TankLevel {
  tankId: string;
  litres: number;
  sugarBrix: number;
}

declare const tankGauge: {
  read(tankId: string, cb: (err: Error | null, level?: TankLevel) => void): void;
};

declare const evaporator: {
  startBoil(litres: number): Promise<void>;
  isFiring(): boolean;
};

const MIN_BOIL_LITRES = 400;
const RETRY_DELAYS_MS = [500, 1_500, 4_000];

export class BoilScheduler {
  private lastLevel: TankLevel | undefined;

  constructor(private readonly tankId: string) {}

  private async readTank(): Promise<TankLevel> {
    let level: TankLevel | undefined;
    await new Promise<void>((resolve, reject) => {
      tankGauge.read(this.tankId, (err, reading) => {
        if (err || !reading) {
          reject(err ?? new Error(`no reading from ${this.tankId}`));
          return;
        }
        level = reading;
        resolve();
      });
    });
    this.lastLevel = level!;
    return level!;
  }

  private async readWithRetry(): Promise<TankLevel> {
    let lastError: unknown;
    for (const delay of [0, ...RETRY_DELAYS_MS]) {
      if (delay > 0) await sleep(delay);
      try {
        return await this.readTank();
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  }

  /** Litres of sap needed to hit a ~66.9 Brix syrup batch, rule of 86. */
  static sapPerLitreSyrup(brix: number): number {
    return 86 / Math.max(brix, 0.5);
  }

  async maybeStartBoil(): Promise<"started" | "waiting" | "busy"> {
    if (evaporator.isFiring()) return "busy";

    const level = await this.readWithRetry();
    if (level.litres < MIN_BOIL_LITRES) {
      return "waiting";
    }

    await evaporator.startBoil(level.litres);
    return "started";
  }

  describeLastReading(): string {
    if (!this.lastLevel) return `${this.tankId}: no reading yet`;
    const { litres, sugarBrix } = this.lastLevel;
    const ratio = BoilScheduler.sapPerLitreSyrup(sugarBrix).toFixed(1);
    return `${this.tankId}: ${litres} L at ${sugarBrix}°Bx (~${ratio} L sap per L syrup)`;
  }
}
