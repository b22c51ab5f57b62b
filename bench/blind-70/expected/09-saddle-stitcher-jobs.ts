// expect: none
// correct: the queue takes thunks by design (`enqueue(() => ...)`, a bound method), and the queue itself invokes each task and awaits the result.
export interface SignatureSet {
  jobId: string;
  signatures: number;
  pagesPerSignature: 4 | 8 | 16;
  staples: 2 | 3;
}

export interface StitchResult {
  jobId: string;
  booklets: number;
  staplesUsed: number;
}

declare const stitcher: {
  loadWire(gauge: number): Promise<void>;
  setHeadSpacing(mm: number): Promise<void>;
  stitch(set: SignatureSet): Promise<number>;
};

declare const mes: {
  jobSpec(jobId: string): Promise<{ trimHeightMm: number; wireGauge: number }>;
  reportComplete(result: StitchResult): Promise<void>;
};

type Task<T> = () => Promise<T>;

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  enqueue<T>(task: Task<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

export class StitchLine {
  private readonly queue = new SerialQueue();
  private readonly completed: StitchResult[] = [];

  private async prepare(jobId: string): Promise<void> {
    const spec = await mes.jobSpec(jobId);
    await Promise.all([stitcher.loadWire(spec.wireGauge), stitcher.setHeadSpacing(spec.trimHeightMm / 3)]);
  }

  private async stitchSet(set: SignatureSet): Promise<StitchResult> {
    const booklets = await stitcher.stitch(set);
    const result: StitchResult = { jobId: set.jobId, booklets, staplesUsed: booklets * set.staples };
    this.completed.push(result);
    await mes.reportComplete(result);
    return result;
  }

  submit(set: SignatureSet): Promise<StitchResult> {
    if (set.signatures <= 0) {
      return Promise.reject(new Error(`job ${set.jobId} has no signatures`));
    }
    return this.queue.enqueue(async () => {
      await this.prepare(set.jobId);
      return this.stitchSet(set);
    });
  }

  submitPrepared(set: SignatureSet): Promise<StitchResult> {
    return this.queue.enqueue(this.stitchSet.bind(this, set));
  }

  totals(): { booklets: number; staples: number } {
    return this.completed.reduce(
      (acc, r) => ({ booklets: acc.booklets + r.booklets, staples: acc.staples + r.staplesUsed }),
      { booklets: 0, staples: 0 },
    );
  }
}

export async function runShift(line: StitchLine, sets: SignatureSet[]): Promise<StitchResult[]> {
  return Promise.all(sets.map((set) => line.submit(set)));
}
