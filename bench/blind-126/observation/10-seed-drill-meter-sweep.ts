// expect: no-unobserved-promise
// All meter reads are started up front and then awaited one by one in a loop, so a later meter that fails while an earlier read is still pending rejects with no handler attached.
export interface SeedMeter {
  row: number;
  readRate(): Promise<number>;
  setTrim(percent: number): Promise<void>;
}

export interface SweepResult {
  rowRates: number[];
  meanRate: number;
  coefficientOfVariation: number;
  rowsOutOfBand: number[];
}

export interface SweepOptions {
  targetSeedsPerSecond: number;
  bandPercent: number;
}

function stats(values: number[]): { mean: number; cv: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return { mean, cv: mean === 0 ? 0 : Math.sqrt(variance) / mean };
}

export class MeterSweep {
  constructor(private readonly meters: SeedMeter[]) {}

  async sweep(options: SweepOptions): Promise<SweepResult> {
    if (this.meters.length === 0) throw new Error('drill has no meters registered');

    const pending = this.meters.map((meter) => meter.readRate());
    const rowRates: number[] = [];
    for (const read of pending) {
      rowRates.push(await read);
    }

    const { mean, cv } = stats(rowRates);
    const low = options.targetSeedsPerSecond * (1 - options.bandPercent / 100);
    const high = options.targetSeedsPerSecond * (1 + options.bandPercent / 100);
    const rowsOutOfBand = this.meters.filter((_, i) => rowRates[i] < low || rowRates[i] > high).map((m) => m.row);

    return {
      rowRates,
      meanRate: Math.round(mean * 100) / 100,
      coefficientOfVariation: Math.round(cv * 1000) / 1000,
      rowsOutOfBand,
    };
  }

  async trimOutliers(result: SweepResult, options: SweepOptions): Promise<number> {
    let trimmed = 0;
    for (const [index, meter] of this.meters.entries()) {
      if (!result.rowsOutOfBand.includes(meter.row)) continue;
      const rate = result.rowRates[index];
      const correction = ((options.targetSeedsPerSecond - rate) / rate) * 100;
      await meter.setTrim(Math.max(-15, Math.min(15, correction)));
      trimmed += 1;
    }
    return trimmed;
  }
}
