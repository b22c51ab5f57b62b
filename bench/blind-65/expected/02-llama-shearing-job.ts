// expect: no-reused-settled-promise
// The poll loop awaits the single status request created before the loop, so it never sees the job progress.
import { setTimeout as sleep } from 'node:timers/promises';

export type ShearState = 'queued' | 'restraining' | 'shearing' | 'bagging' | 'complete' | 'failed';

export interface ShearJobStatus {
  jobId: string;
  llamaId: string;
  state: ShearState;
  fleeceGrams?: number;
  stapleLengthMm?: number;
  failureReason?: string;
}

export interface ShearJobRequest {
  llamaId: string;
  shed: string;
  blanketOnly: boolean;
}

interface ShedClient {
  submit(request: ShearJobRequest): Promise<{ jobId: string }>;
  getJobStatus(jobId: string, options: { includeFleece: boolean }): Promise<ShearJobStatus>;
}

declare const fleeceGrader: {
  grade(stapleLengthMm: number, grams: number): 'royal' | 'baby' | 'superfine' | 'coarse';
};

export class ShearTimeoutError extends Error {
  override name = 'ShearTimeoutError';
}

export async function waitForShearComplete(
  client: ShedClient,
  jobId: string,
  { intervalMs = 2_000, timeoutMs = 15 * 60_000 } = {},
): Promise<ShearJobStatus> {
  const deadline = Date.now() + timeoutMs;
  const statusRequest = client.getJobStatus(jobId, { includeFleece: true });

  while (Date.now() < deadline) {
    const status = await statusRequest;
    if (status.state === 'complete') return status;
    if (status.state === 'failed') {
      throw new Error(`Shearing job ${jobId} failed: ${status.failureReason ?? 'unknown reason'}`);
    }
    await sleep(intervalMs);
  }
  throw new ShearTimeoutError(`Shearing job ${jobId} did not finish within ${timeoutMs}ms`);
}

export async function shearAndGrade(client: ShedClient, request: ShearJobRequest) {
  const { jobId } = await client.submit(request);
  const status = await waitForShearComplete(client, jobId, { intervalMs: request.blanketOnly ? 1_000 : 3_000 });

  if (status.fleeceGrams === undefined || status.stapleLengthMm === undefined) {
    return { llamaId: request.llamaId, jobId, grade: undefined };
  }
  return {
    llamaId: request.llamaId,
    jobId,
    grams: status.fleeceGrams,
    grade: fleeceGrader.grade(status.stapleLengthMm, status.fleeceGrams),
  };
}

export async function shearHerd(client: ShedClient, shed: string, llamaIds: string[]) {
  const graded = [];
  for (const llamaId of llamaIds) {
    graded.push(await shearAndGrade(client, { llamaId, shed, blanketOnly: false }));
  }
  const totalGrams = graded.reduce((sum, g) => sum + ('grams' in g ? (g.grams ?? 0) : 0), 0);
  return { shed, graded, totalGrams };
}
