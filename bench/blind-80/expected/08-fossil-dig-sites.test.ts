// expect: no-reused-settled-promise
// waitForStatus fetches the dating job once and re-awaits that same settled promise on every poll, so it can never see the status change.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

import { setTimeout as delay } from 'node:timers/promises';

type JobStatus = 'queued' | 'running' | 'complete' | 'failed';

interface DatingJob {
  id: string;
  sampleId: string;
  method: 'radiocarbon' | 'uranium-series';
  status: JobStatus;
  ageYears: number | null;
}

class FakeDatingLab {
  private jobs = new Map<string, DatingJob>();
  private seq = 0;

  async submit(sampleId: string, method: DatingJob['method'], workMs = 40): Promise<string> {
    const id = `job-${++this.seq}`;
    this.jobs.set(id, { id, sampleId, method, status: 'queued', ageYears: null });
    setTimeout(() => this.patch(id, { status: 'running' }), workMs / 2);
    setTimeout(() => {
      const ageYears = method === 'radiocarbon' ? 12_400 : 148_000;
      this.patch(id, { status: 'complete', ageYears });
    }, workMs);
    return id;
  }

  async getJob(id: string): Promise<DatingJob> {
    const job = this.jobs.get(id);
    if (!job) throw new Error(`no such job ${id}`);
    return { ...job };
  }

  private patch(id: string, change: Partial<DatingJob>): void {
    const job = this.jobs.get(id);
    if (job) this.jobs.set(id, { ...job, ...change });
  }
}

let lab: FakeDatingLab;

async function waitForStatus(jobId: string, wanted: JobStatus, timeoutMs = 1_000): Promise<DatingJob> {
  const deadline = Date.now() + timeoutMs;
  const current = lab.getJob(jobId);
  while (Date.now() < deadline) {
    const job = await current;
    if (job.status === wanted) return job;
    if (job.status === 'failed') throw new Error(`job ${jobId} failed while waiting for ${wanted}`);
    await delay(10);
  }
  throw new Error(`job ${jobId} did not reach ${wanted} within ${timeoutMs}ms`);
}

describe('dating lab integration', () => {
  beforeEach(() => {
    lab = new FakeDatingLab();
  });

  it('dates a mammoth rib by radiocarbon', async () => {
    const id = await lab.submit('trench-4/rib-2', 'radiocarbon');
    const job = await waitForStatus(id, 'complete');
    expect(job.ageYears).toBe(12_400);
  });

  it('passes through running before completing', async () => {
    const id = await lab.submit('trench-2/speleothem', 'uranium-series', 80);
    const running = await waitForStatus(id, 'running');
    expect(running.ageYears).toBe(null);
    const done = await waitForStatus(id, 'complete');
    expect(done.ageYears).toBeGreaterThan(100_000);
  });

  it('dates several samples from one layer independently', async () => {
    const ids = await Promise.all([
      lab.submit('layer-C/tooth-1', 'radiocarbon', 30),
      lab.submit('layer-C/tooth-2', 'radiocarbon', 50),
    ]);
    const jobs = await Promise.all(ids.map((id) => waitForStatus(id, 'complete')));
    expect(jobs.map((j) => j.sampleId)).toEqual(['layer-C/tooth-1', 'layer-C/tooth-2']);
  });
});
