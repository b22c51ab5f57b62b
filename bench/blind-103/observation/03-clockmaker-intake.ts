// expect: none
// The two lookups are started together but handed straight to Promise.all before any other await, and the reminder timer's async call gets its own .catch, so no promise is left without a handler.
export interface IntakeForm {
  ownerId: string;
  movement: string;
  complaint: string;
  promisedDays: number;
}

export interface RepairJob {
  id: string;
  ownerId: string;
  movement: string;
  partsOnHand: string[];
  previousVisits: number;
  dueAt: number;
}

export interface PartsCatalogue {
  forMovement(movement: string): Promise<{ sku: string; onHand: number }[]>;
}

export interface ServiceHistory {
  forOwner(ownerId: string): Promise<{ jobId: string; closedAt: number }[]>;
}

export interface Notifier {
  remind(ownerId: string, message: string): Promise<void>;
}

export interface Logger {
  error(msg: string, meta?: unknown): void;
}

const DAY_MS = 86_400_000;

export class RepairIntake {
  private readonly reminders = new Map<string, NodeJS.Timeout>();
  private seq = 0;

  constructor(
    private readonly parts: PartsCatalogue,
    private readonly history: ServiceHistory,
    private readonly notifier: Notifier,
    private readonly log: Logger,
  ) {}

  async open(form: IntakeForm): Promise<RepairJob> {
    const partsP = this.parts.forMovement(form.movement);
    const historyP = this.history.forOwner(form.ownerId);
    const [parts, visits] = await Promise.all([partsP, historyP]);

    const job: RepairJob = {
      id: `R${Date.now().toString(36)}-${++this.seq}`,
      ownerId: form.ownerId,
      movement: form.movement,
      partsOnHand: parts.filter((p) => p.onHand > 0).map((p) => p.sku),
      previousVisits: visits.length,
      dueAt: Date.now() + form.promisedDays * DAY_MS,
    };
    this.scheduleReminder(job, Math.max(0, job.dueAt - DAY_MS - Date.now()));
    return job;
  }

  close(jobId: string): void {
    clearTimeout(this.reminders.get(jobId));
    this.reminders.delete(jobId);
  }

  private scheduleReminder(job: RepairJob, inMs: number): void {
    const timer = setTimeout(() => {
      this.reminders.delete(job.id);
      this.notifier
        .remind(job.ownerId, `Your ${job.movement} (job ${job.id}) will be ready tomorrow.`)
        .catch((err: unknown) => this.log.error('pickup reminder failed', { jobId: job.id, err }));
    }, inMs);
    this.reminders.set(job.id, timer);
  }
}
