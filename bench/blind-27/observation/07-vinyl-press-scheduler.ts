// expect: no-unobserved-promise
// The stamper reservation is started before the test-pressing check; on the early "held" return it is never awaited, so its rejection goes unhandled.
export interface PressingJob {
  jobId: string;
  catalogNumber: string;
  quantity: number;
  weightGrams: 140 | 180 | 200;
  colour: 'black' | 'clear' | 'splatter' | 'marble';
  testPressingApproved: boolean;
  lacquerCutDate: string;
}

export interface Press {
  pressId: string;
  maxWeightGrams: number;
  supportsColoured: boolean;
  dailyCapacity: number;
}

export type ScheduleOutcome =
  | { status: 'scheduled'; pressId: string; runDays: number; stamperSetId: string }
  | { status: 'held'; reason: string };

declare const stamperInventory: {
  reserve(catalogNumber: string, jobId: string): Promise<{ stamperSetId: string; remainingHits: number }>;
};

declare const pressBoard: {
  book(pressId: string, jobId: string, days: number): Promise<void>;
};

export class PressScheduler {
  constructor(private readonly presses: Press[]) {}

  async schedule(job: PressingJob): Promise<ScheduleOutcome> {
    const reservation = stamperInventory.reserve(job.catalogNumber, job.jobId);

    if (!job.testPressingApproved) {
      return { status: 'held', reason: 'awaiting test pressing approval' };
    }

    const press = this.pickPress(job);
    const { stamperSetId, remainingHits } = await reservation;
    if (!press) {
      throw new Error(`No press can run ${job.weightGrams}g ${job.colour} for ${job.jobId}`);
    }
    if (remainingHits < job.quantity) {
      return { status: 'held', reason: `stamper set ${stamperSetId} has ${remainingHits} hits left` };
    }

    const runDays = Math.ceil(job.quantity / press.dailyCapacity);
    await pressBoard.book(press.pressId, job.jobId, runDays);
    return { status: 'scheduled', pressId: press.pressId, runDays, stamperSetId };
  }

  private pickPress(job: PressingJob): Press | undefined {
    const coloured = job.colour !== 'black';
    return this.presses
      .filter((p) => p.maxWeightGrams >= job.weightGrams)
      .filter((p) => !coloured || p.supportsColoured)
      .sort((a, b) => b.dailyCapacity - a.dailyCapacity)[0];
  }
}
