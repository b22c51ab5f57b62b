// expect: none
// The calibration promise is memoised on purpose (one load shared by every caller), while withRetry takes a factory and starts a fresh attempt each time.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Calibration {
  roverId: string;
  wheelRadiusMm: number[];
  imuBias: [number, number, number];
  cameraIntrinsics: { fx: number; fy: number; cx: number; cy: number };
}

export interface Traverse {
  roverId: string;
  sol: number;
  wheelTicks: number[];
  headingDeg: number;
}

declare const groundStation: {
  fetchCalibration(roverId: string): Promise<Calibration>;
  uplinkTraverse(plan: { roverId: string; sol: number; metres: number; headingDeg: number }): Promise<string>;
};

export class TransientLinkError extends Error {
  readonly name = 'TransientLinkError';
}

export async function withRetry<T>(
  attempt: () => Promise<T>,
  { tries = 4, baseDelayMs = 2_000 }: { tries?: number; baseDelayMs?: number } = {},
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof TransientLinkError)) throw err;
      lastError = err;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class RoverOdometry {
  private calibration: Promise<Calibration> | null = null;

  constructor(private readonly roverId: string) {}

  private loadCalibration(): Promise<Calibration> {
    if (!this.calibration) {
      const loading = withRetry(() => groundStation.fetchCalibration(this.roverId));
      // forget a failed load so the next caller tries again
      this.calibration = loading.catch((err: unknown) => {
        this.calibration = null;
        throw err;
      });
    }
    return this.calibration;
  }

  async distanceMetres(traverse: Traverse): Promise<number> {
    const cal = await this.loadCalibration();
    if (cal.wheelRadiusMm.length !== traverse.wheelTicks.length) {
      throw new Error(`wheel count mismatch on ${this.roverId}`);
    }
    const perWheel = traverse.wheelTicks.map((ticks, i) => (ticks / 4096) * 2 * Math.PI * cal.wheelRadiusMm[i]);
    const mean = perWheel.reduce((a, b) => a + b, 0) / perWheel.length;
    return mean / 1000;
  }

  async correctedHeading(traverse: Traverse): Promise<number> {
    const cal = await this.loadCalibration();
    const yawBiasDeg = (cal.imuBias[2] * 180) / Math.PI;
    return (((traverse.headingDeg - yawBiasDeg) % 360) + 360) % 360;
  }

  async planNextSol(previous: Traverse, targetMetres: number): Promise<string> {
    const [travelled, heading] = await Promise.all([
      this.distanceMetres(previous),
      this.correctedHeading(previous),
    ]);
    const remaining = Math.max(0, targetMetres - travelled);
    return withRetry(() =>
      groundStation.uplinkTraverse({
        roverId: this.roverId,
        sol: previous.sol + 1,
        metres: Math.min(remaining, 40),
        headingDeg: heading,
      }),
    );
  }
}
