// expect: none
// The cache warm-up promise has its `.catch` attached at creation, so it cannot produce an unhandled rejection while the job is processed first.
import { setTimeout as delay } from "node:timers/promises";

interface Job { id: string; kind: "render" | "index"; payload: string }

declare const cache: { warm(kind: string): Promise<void> };
declare function processJob(job: Job): Promise<void>;
declare const jobs: { take(): Promise<Job | undefined>; complete(id: string): Promise<void> };

export async function workLoop(maxIdle: number): Promise<void> {
  let idle = 0;
  while (idle < maxIdle) {
    const job = await jobs.take();
    if (!job) {
      idle += 1;
      await delay(500);
      continue;
    }
    idle = 0;

    const warmed = cache.warm(job.kind).catch((err: unknown) => {
      console.warn(`cache warm-up for ${job.kind} failed`, err);
    });

    await processJob(job);
    await jobs.complete(job.id);
    await warmed;
  }
}
