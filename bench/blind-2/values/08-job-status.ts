// expect: no-promise-as-value
// For completed jobs `result` holds the un-awaited Promise from resultStore.load, which JSON.stringify serialises as {}, so polling clients always receive "result": {} instead of the job output.
import type { IncomingMessage, ServerResponse } from 'node:http';

type JobState = 'queued' | 'running' | 'completed' | 'failed';
interface JobRecord {
  id: string;
  state: JobState;
  progress: number;
  resultKey?: string;
  error?: string;
  updatedAt: Date;
}
interface JobStatusBody {
  id: string;
  state: JobState;
  progress: number;
  result?: unknown;
  error?: string;
  retryAfterSec?: number;
}
declare const jobs: { get(id: string): Promise<JobRecord | null> };
declare const resultStore: { load(key: string): Promise<Record<string, unknown>> };

async function describeJob(job: JobRecord): Promise<JobStatusBody> {
  const body: JobStatusBody = { id: job.id, state: job.state, progress: Math.round(job.progress * 100) };
  switch (job.state) {
    case 'completed':
      body.result = job.resultKey ? resultStore.load(job.resultKey) : null;
      break;
    case 'failed':
      body.error = job.error ?? 'unknown failure';
      break;
    default:
      body.retryAfterSec = job.state === 'queued' ? 10 : 2;
  }
  return body;
}

export async function handleJobStatus(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const match = /^\/jobs\/([\w-]+)$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
  if (!match) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not_found"}');
    return;
  }
  const job = await jobs.get(match[1]);
  if (!job) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(`{"error":"unknown_job","id":"${match[1]}"}`);
    return;
  }
  const body = await describeJob(job);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'last-modified': job.updatedAt.toUTCString(),
  };
  if (body.retryAfterSec) headers['retry-after'] = String(body.retryAfterSec);
  res.writeHead(200, headers).end(JSON.stringify(body));
}
