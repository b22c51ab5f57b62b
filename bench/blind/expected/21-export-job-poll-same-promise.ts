// expect: no-reused-settled-promise
// The status request is issued once outside the polling loop, so every poll re-reads the same settled result and the job never appears finished.
import { setTimeout as sleep } from 'node:timers/promises';

type JobState = 'queued' | 'running' | 'succeeded' | 'failed';

declare class ReportingApi {
  startExport(reportId: string): Promise<{ jobId: string }>;
  getJob(jobId: string): Promise<{ state: JobState; downloadUrl?: string; error?: string }>;
}

const api = new ReportingApi();

export async function exportReport(reportId: string, timeoutMs = 120_000): Promise<string> {
  const { jobId } = await api.startExport(reportId);
  const deadline = Date.now() + timeoutMs;
  const statusRequest = api.getJob(jobId);

  while (Date.now() < deadline) {
    const job = await statusRequest;
    if (job.state === 'succeeded' && job.downloadUrl) return job.downloadUrl;
    if (job.state === 'failed') throw new Error(`export failed: ${job.error ?? 'unknown'}`);
    await sleep(2_000);
  }
  throw new Error(`export ${jobId} timed out after ${timeoutMs}ms`);
}
