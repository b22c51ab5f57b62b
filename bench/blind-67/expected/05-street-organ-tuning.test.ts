// expect: no-reused-settled-promise
// waitForJob fetches the job status once and then re-awaits that same settled promise each poll, so it never observes the job finishing.
import { setTimeout as delay } from "node:timers/promises";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(expected: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

type JobState = "queued" | "tuning" | "done" | "failed";

interface TuningJob {
  id: string;
  state: JobState;
  pipesTuned: number;
  pipesTotal: number;
  error?: string;
}

class FakeTuningService {
  private jobs = new Map<string, { job: TuningJob; script: JobState[] }>();
  calls = 0;

  submit(organId: string, pipes: number, script: JobState[]): string {
    const id = `${organId}-${this.jobs.size + 1}`;
    this.jobs.set(id, { job: { id, state: "queued", pipesTuned: 0, pipesTotal: pipes }, script: [...script] });
    return id;
  }

  async getJob(id: string): Promise<TuningJob> {
    this.calls++;
    await delay(1);
    const entry = this.jobs.get(id);
    if (!entry) throw new Error(`no job ${id}`);
    const next = entry.script.shift();
    if (next) {
      entry.job = {
        ...entry.job,
        state: next,
        pipesTuned: next === "done" ? entry.job.pipesTotal : Math.min(entry.job.pipesTuned + 12, entry.job.pipesTotal),
        error: next === "failed" ? "reed block cracked" : undefined,
      };
    }
    return { ...entry.job };
  }
}

async function waitForJob(service: FakeTuningService, id: string, timeoutMs = 500): Promise<TuningJob> {
  const deadline = Date.now() + timeoutMs;
  const status = service.getJob(id);
  while (Date.now() < deadline) {
    const job = await status;
    if (job.state === "done") return job;
    if (job.state === "failed") throw new Error(`tuning ${id} failed: ${job.error}`);
    await delay(10);
  }
  throw new Error(`tuning ${id} still running after ${timeoutMs}ms`);
}

describe("organ tuning jobs", () => {
  let service: FakeTuningService;

  beforeEach(() => {
    service = new FakeTuningService();
  });

  it("waits until every pipe is tuned", async () => {
    const id = service.submit("bruder-52", 48, ["queued", "tuning", "tuning", "done"]);
    const job = await waitForJob(service, id);
    expect(job.state).toBe("done");
    expect(job.pipesTuned).toBe(48);
  });

  it("reports a failed tuning run", async () => {
    const id = service.submit("gavioli-89", 89, ["tuning", "failed"]);
    await expect(waitForJob(service, id)).rejects.toThrow(/reed block cracked/);
  });

  it("polls more than once for slow jobs", async () => {
    const id = service.submit("wellershaus-60", 60, ["queued", "queued", "tuning", "done"]);
    await waitForJob(service, id);
    expect(service.calls).toBeGreaterThan(1);
  });
});
