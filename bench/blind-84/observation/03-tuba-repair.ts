// expect: no-floating-promises
// The async 'job:completed' listener is handed to an EventEmitter, which ignores the returned promise, so a failed invoice or email becomes an unhandled rejection.
import { EventEmitter } from "node:events";

export type RepairKind = "valve-realign" | "dent-removal" | "solder-brace" | "chem-clean" | "relacquer";

export interface RepairJob {
  id: string;
  customerEmail: string;
  instrument: { make: string; serial: string; valves: 3 | 4 | 5 };
  work: RepairKind[];
  benchHours: number;
  partsCents: number;
}

declare const billing: {
  createInvoice(input: { jobId: string; lines: Array<{ label: string; cents: number }> }): Promise<{ invoiceId: string; totalCents: number }>;
};

declare const mailer: {
  send(to: string, subject: string, text: string): Promise<void>;
};

const HOURLY_RATE_CENTS = 6_500;
const FLAT_FEES: Partial<Record<RepairKind, number>> = {
  "chem-clean": 9_000,
  relacquer: 45_000,
};

export function invoiceLines(job: RepairJob): Array<{ label: string; cents: number }> {
  const lines: Array<{ label: string; cents: number }> = [];
  for (const kind of job.work) {
    const flat = FLAT_FEES[kind];
    if (flat !== undefined) lines.push({ label: kind, cents: flat });
  }
  const hourlyWork = job.work.filter((k) => FLAT_FEES[k] === undefined);
  if (hourlyWork.length > 0) {
    lines.push({ label: `${hourlyWork.join(", ")} (${job.benchHours} h)`, cents: Math.round(job.benchHours * HOURLY_RATE_CENTS) });
  }
  if (job.partsCents > 0) lines.push({ label: "parts", cents: job.partsCents });
  return lines;
}

export class Workshop extends EventEmitter {
  private readonly open = new Map<string, RepairJob>();

  intake(job: RepairJob): void {
    if (job.work.length === 0) throw new Error(`job ${job.id} has no work items`);
    this.open.set(job.id, job);
    this.emit("job:opened", job);
  }

  complete(jobId: string, benchHours: number, partsCents: number): void {
    const job = this.open.get(jobId);
    if (!job) throw new Error(`unknown job ${jobId}`);
    this.open.delete(jobId);
    this.emit("job:completed", { ...job, benchHours, partsCents });
  }

  backlogHours(): number {
    let hours = 0;
    for (const job of this.open.values()) hours += job.work.length * 1.5;
    return hours;
  }
}

export function wireNotifications(workshop: Workshop): void {
  workshop.on("job:opened", (job: RepairJob) => {
    console.info(`bench queue +1: ${job.instrument.make} ${job.instrument.serial}`);
  });

  workshop.on("job:completed", async (job: RepairJob) => {
    const invoice = await billing.createInvoice({ jobId: job.id, lines: invoiceLines(job) });
    const euros = (invoice.totalCents / 100).toFixed(2);
    await mailer.send(
      job.customerEmail,
      `Your ${job.instrument.make} tuba is ready`,
      `Invoice ${invoice.invoiceId}: €${euros}. Collection Tue–Sat, 9:00–17:00.`,
    );
  });
}
