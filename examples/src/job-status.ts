// Remote job tracking: submit a job to a worker pool, poll its status until it finishes, and
// fetch its report with a retry that is meant to re-run the request after a failure.
import { setTimeout as sleep } from 'node:timers/promises';

export interface JobStatus {
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
}

export interface JobApi {
  submit(spec: object): Promise<string>;
  status(id: string): Promise<JobStatus>;
  report(id: string): Promise<string>;
}

export async function withRetry<T>(attempt: Promise<T>, retries = 3): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt;
    } catch (error) {
      if (i >= retries) throw error;
      await sleep(2 ** i * 100);
    }
  }
}

export async function waitUntilFinished(api: JobApi, id: string, intervalMs = 1_000): Promise<JobStatus> {
  const current = api.status(id);
  for (;;) {
    const status = await current;
    if (status.state === 'done' || status.state === 'failed') return status;
    await sleep(intervalMs);
  }
}

export async function runJob(api: JobApi, spec: object): Promise<string> {
  const id = await api.submit(spec);
  const status = await waitUntilFinished(api, id);
  if (status.state === 'failed') throw new Error(`job ${id} failed`);
  return withRetry(api.report(id));
}

/** Correct: the factory is called on every attempt, so each retry sends a new request. */
export async function retryCalls<T>(attempt: () => Promise<T>, retries = 3): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= retries) throw error;
      await sleep(2 ** i * 100);
    }
  }
}
