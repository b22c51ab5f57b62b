// expect: no-swallowed-abort
// runBatch catches the AbortError from a cancelled batch, logs it and falls through to markComplete, so an interrupted batch is recorded as finished.
export interface AssaySample {
  sampleId: string;
  declaredFineness: number;
  massG: number;
}

export interface AssayMeasurement {
  sampleId: string;
  measuredFineness: number;
  withinTolerance: boolean;
}

declare const xrfStation: {
  measure(sample: AssaySample, options: { signal: AbortSignal }): Promise<number>;
};
declare const assayStore: {
  saveMeasurement(batchId: string, measurement: AssayMeasurement): Promise<void>;
  markComplete(batchId: string, summary: { measured: number; failed: number }): Promise<void>;
};
declare const labLog: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const TOLERANCE_PPT = 3;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export class AssayBatchRunner {
  private readonly measured: AssayMeasurement[] = [];

  constructor(private readonly batchId: string, private readonly samples: AssaySample[]) {}

  private async measureOne(sample: AssaySample, signal: AbortSignal): Promise<AssayMeasurement> {
    const fineness = await xrfStation.measure(sample, { signal });
    const measurement = {
      sampleId: sample.sampleId,
      measuredFineness: fineness,
      withinTolerance: Math.abs(fineness - sample.declaredFineness) <= TOLERANCE_PPT,
    };
    await assayStore.saveMeasurement(this.batchId, measurement);
    return measurement;
  }

  async runBatch(signal: AbortSignal): Promise<AssayMeasurement[]> {
    const ordered = [...this.samples].sort((a, b) => b.declaredFineness - a.declaredFineness);
    try {
      for (const sample of ordered) {
        signal.throwIfAborted();
        this.measured.push(await this.measureOne(sample, signal));
      }
    } catch (err) {
      if (!isAbortError(err)) throw err;
      labLog.warn('assay batch interrupted', { batchId: this.batchId, measured: this.measured.length });
    }

    const failed = this.measured.filter((m) => !m.withinTolerance).length;
    await assayStore.markComplete(this.batchId, { measured: this.measured.length, failed });
    labLog.info('assay batch complete', { batchId: this.batchId, measured: this.measured.length, failed });
    return this.measured;
  }

  hallmarkable(): string[] {
    return this.measured.filter((m) => m.withinTolerance).map((m) => m.sampleId);
  }

  rejected(): AssayMeasurement[] {
    return this.measured.filter((m) => !m.withinTolerance);
  }

  static summarise(measurements: AssayMeasurement[]): string {
    const passed = measurements.filter((m) => m.withinTolerance).length;
    return `${passed}/${measurements.length} samples within ±${TOLERANCE_PPT}‰`;
  }
}
