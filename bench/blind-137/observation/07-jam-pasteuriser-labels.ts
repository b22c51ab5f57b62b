// expect: no-unobserved-promise
// The label job promise is held with no handler across the PLC hold await and is abandoned entirely when the batch fails, so its rejection can go unhandled.
export interface PasteuriserPlc {
  runHold(batchId: string, holdC: number, seconds: number): Promise<HoldRecord>;
}

export interface LabelPrinter {
  prepareLabels(batch: JamBatch): Promise<{ jobId: string; count: number }>;
  release(jobId: string): Promise<void>;
}

export interface JamBatch {
  id: string;
  flavour: string;
  jars: number;
  bestBefore: string;
}

export interface HoldRecord {
  batchId: string;
  minC: number;
  maxC: number;
  secondsAtTemp: number;
}

export interface BatchOutcome {
  batchId: string;
  labelsPrinted: number;
}

export class BatchPasteuriseError extends Error {
  constructor(
    readonly batchId: string,
    readonly record: HoldRecord,
  ) {
    super(`batch ${batchId} did not hold temperature (min ${record.minC}C for ${record.secondsAtTemp}s)`);
    this.name = 'BatchPasteuriseError';
  }
}

export class JamLine {
  constructor(
    private readonly plc: PasteuriserPlc,
    private readonly printer: LabelPrinter,
    private readonly holdC = 85,
    private readonly holdSeconds = 600,
  ) {}

  async process(batch: JamBatch): Promise<BatchOutcome> {
    const labelJob = this.printer.prepareLabels(batch);
    const record = await this.plc.runHold(batch.id, this.holdC, this.holdSeconds);

    if (record.minC < this.holdC - 1 || record.secondsAtTemp < this.holdSeconds) {
      throw new BatchPasteuriseError(batch.id, record);
    }

    const job = await labelJob;
    await this.printer.release(job.jobId);
    return { batchId: batch.id, labelsPrinted: job.count };
  }

  async processAll(batches: JamBatch[]): Promise<{ done: BatchOutcome[]; rejected: string[] }> {
    const done: BatchOutcome[] = [];
    const rejected: string[] = [];
    for (const batch of batches) {
      try {
        done.push(await this.process(batch));
      } catch (err) {
        if (!(err instanceof BatchPasteuriseError)) throw err;
        rejected.push(err.batchId);
      }
    }
    return { done, rejected };
  }
}
