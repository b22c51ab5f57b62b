// expect: none
// The event listener starts the async intake() but immediately chains a synchronous .catch() that records the failure, so no rejection is left unhandled.
export interface BowJob {
  ticket: string;
  instrument: 'violin' | 'viola' | 'cello' | 'bass';
  hairColour: 'white' | 'black' | 'salt-pepper';
  customerEmail: string;
}

export interface JobQueue {
  on(event: 'bow-received', listener: (job: BowJob) => void): void;
}

export interface HairInventory {
  reserveHank(instrument: BowJob['instrument'], colour: BowJob['hairColour']): Promise<string>;
}

export interface BenchSchedule {
  book(ticket: string, hankId: string, minutes: number): Promise<{ bench: number; startsAt: Date }>;
}

export interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

const REHAIR_MINUTES: Record<BowJob['instrument'], number> = {
  violin: 45,
  viola: 50,
  cello: 60,
  bass: 75,
};

export class RehairWorkshop {
  readonly failed = new Map<string, string>();

  constructor(
    queue: JobQueue,
    private readonly inventory: HairInventory,
    private readonly schedule: BenchSchedule,
    private readonly mailer: Mailer,
  ) {
    queue.on('bow-received', (job) => {
      this.intake(job).catch((err: unknown) => this.recordFailure(job, err));
    });
  }

  private async intake(job: BowJob): Promise<void> {
    const hankId = await this.inventory.reserveHank(job.instrument, job.hairColour);
    const slot = await this.schedule.book(job.ticket, hankId, REHAIR_MINUTES[job.instrument]);
    await this.mailer.send(
      job.customerEmail,
      `Bow ${job.ticket} booked for rehair`,
      `Your ${job.instrument} bow is on bench ${slot.bench} from ${slot.startsAt.toLocaleTimeString()}.`,
    );
  }

  private recordFailure(job: BowJob, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    this.failed.set(job.ticket, message);
    console.error(`intake for ${job.ticket} failed: ${message}`);
  }

  pendingAttention(): string[] {
    return [...this.failed.entries()].map(([ticket, reason]) => `${ticket}: ${reason}`);
  }
}
