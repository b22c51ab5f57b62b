// expect: no-reused-settled-promise
// Bug: waitForRecover starts one status request and re-awaits that same settled promise on every poll, so it never sees the job progress.
import { setTimeout as sleep } from 'node:timers/promises';

type JobState = 'queued' | 'stripping' | 'recovering' | 'grinding' | 'done' | 'failed';

interface PlatenJob {
  jobId: string;
  machine: string;
  durometer: number;
  state: JobState;
  vendorNote?: string;
}

declare const rubberVendor: {
  submit(order: { machine: string; platenLengthMm: number; durometer: number }): Promise<{ jobId: string }>;
  status(jobId: string): Promise<PlatenJob>;
};
declare const workshopTickets: {
  update(ticketId: string, patch: { note: string; stage: string }): Promise<void>;
};

const TERMINAL: ReadonlySet<JobState> = new Set(['done', 'failed']);

export interface PollOptions {
  intervalMs?: number;
  maxWaitMs?: number;
}

export async function waitForRecover(
  jobId: string,
  { intervalMs = 30_000, maxWaitMs = 6 * 3_600_000 }: PollOptions = {},
): Promise<PlatenJob> {
  const deadline = Date.now() + maxWaitMs;
  const current = rubberVendor.status(jobId);
  let lastState: JobState | undefined;

  while (Date.now() < deadline) {
    const job = await current;
    if (job.state !== lastState) {
      console.info(`platen job ${jobId}: ${lastState ?? 'submitted'} -> ${job.state}`);
      lastState = job.state;
    }
    if (TERMINAL.has(job.state)) return job;
    await sleep(intervalMs);
  }
  throw new Error(`platen job ${jobId} still ${lastState ?? 'unknown'} after ${maxWaitMs}ms`);
}

function durometerFor(machine: string): number {
  if (/olympia|hermes/i.test(machine)) return 90;
  if (/underwood|royal/i.test(machine)) return 85;
  return 80;
}

export async function recoverPlaten(
  ticketId: string,
  machine: string,
  platenLengthMm: number,
): Promise<PlatenJob> {
  const durometer = durometerFor(machine);
  const { jobId } = await rubberVendor.submit({ machine, platenLengthMm, durometer });
  await workshopTickets.update(ticketId, {
    stage: 'platen-out',
    note: `Sent platen (${platenLengthMm} mm, ${durometer}A) to vendor as ${jobId}`,
  });

  const job = await waitForRecover(jobId);
  if (job.state === 'failed') {
    await workshopTickets.update(ticketId, {
      stage: 'platen-failed',
      note: `Vendor could not recover platen: ${job.vendorNote ?? 'no reason given'}`,
    });
    throw new Error(`platen job ${jobId} failed`);
  }

  await workshopTickets.update(ticketId, { stage: 'platen-back', note: `Platen recovered at ${job.durometer}A` });
  return job;
}
