// expect: no-reused-settled-promise
// The retry loop re-awaits the one `reading` promise created before the loop, so after a load-cell timeout every "retry" just rethrows the same settled rejection and the scale is never actually read again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoadCellBus {
  sample(cells: number[]): Promise<number[]>;
}

export class LoadCellTimeoutError extends Error {
  constructor(readonly cells: number[]) {
    super(`load cells ${cells.join(',')} did not answer`);
    this.name = 'LoadCellTimeoutError';
  }
}

export interface AxleWeight {
  axle: number;
  kg: number;
}

export class AxleScale {
  constructor(
    private readonly bus: LoadCellBus,
    private readonly cellsPerAxle: number[][],
    private readonly kgPerCount = 0.5,
  ) {}

  private toKg(counts: number[]): number {
    return Math.round(counts.reduce((s, c) => s + c, 0) * this.kgPerCount);
  }

  async weighAxle(axle: number, attempts = 3): Promise<AxleWeight> {
    const cells = this.cellsPerAxle[axle];
    if (!cells) throw new RangeError(`scale has no axle ${axle}`);

    const reading = this.bus.sample(cells);
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const counts = await reading;
        return { axle, kg: this.toKg(counts) };
      } catch (err) {
        if (!(err instanceof LoadCellTimeoutError)) throw err;
        lastError = err;
        await sleep(250 * attempt);
      }
    }
    throw lastError;
  }

  async weighVehicle(): Promise<{ axles: AxleWeight[]; totalKg: number; overloaded: boolean }> {
    const axles: AxleWeight[] = [];
    for (let i = 0; i < this.cellsPerAxle.length; i++) {
      axles.push(await this.weighAxle(i));
    }
    const totalKg = axles.reduce((s, a) => s + a.kg, 0);
    return { axles, totalKg, overloaded: axles.some((a) => a.kg > 11_500) || totalKg > 44_000 };
  }
}
