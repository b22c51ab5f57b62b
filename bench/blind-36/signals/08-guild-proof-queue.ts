// expect: none
// The catch blocks rethrow AbortError untouched and only wrap or retry genuine press-service failures, and the signal is forwarded to every call that takes one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProofRequest {
  memberId: string;
  jobTitle: string;
  typeface: string;
  paper: 'laid' | 'wove' | 'handmade';
  sheets: number;
}

export interface Proof {
  proofId: string;
  pdfUrl: string;
  inkCoverage: number;
}

declare const proofingPress: {
  submit(req: ProofRequest, options: { signal?: AbortSignal }): Promise<{ ticket: string }>;
  status(ticket: string, options: { signal?: AbortSignal }): Promise<{ state: 'queued' | 'inking' | 'done' | 'failed'; proof?: Proof; error?: string }>;
};

export class ProofFailed extends Error {
  constructor(readonly jobTitle: string, message: string, options?: { cause?: unknown }) {
    super(`proof for "${jobTitle}" failed: ${message}`, options);
    this.name = 'ProofFailed';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function waitForProof(ticket: string, jobTitle: string, signal?: AbortSignal): Promise<Proof> {
  let transientFailures = 0;
  for (;;) {
    try {
      const status = await proofingPress.status(ticket, { signal });
      if (status.state === 'done' && status.proof) return status.proof;
      if (status.state === 'failed') throw new ProofFailed(jobTitle, status.error ?? 'press reported failure');
    } catch (err) {
      if (isAbort(err) || err instanceof ProofFailed) throw err;
      if (++transientFailures > 3) throw new ProofFailed(jobTitle, 'status service unavailable', { cause: err });
    }
    await sleep(2_000, undefined, { signal });
  }
}

export async function requestProof(req: ProofRequest, signal?: AbortSignal): Promise<Proof> {
  if (req.sheets < 1 || req.sheets > 25) {
    throw new RangeError(`proof runs are limited to 1-25 sheets, got ${req.sheets}`);
  }
  let ticket: string;
  try {
    ({ ticket } = await proofingPress.submit(req, { signal }));
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ProofFailed(req.jobTitle, 'submission rejected', { cause: err });
  }
  return waitForProof(ticket, req.jobTitle, signal);
}

export async function proofMonthlyBroadsides(
  requests: ProofRequest[],
  signal?: AbortSignal,
): Promise<{ proofs: Proof[]; failed: string[] }> {
  const proofs: Proof[] = [];
  const failed: string[] = [];
  for (const req of requests) {
    try {
      proofs.push(await requestProof(req, signal));
    } catch (err) {
      if (err instanceof ProofFailed) {
        failed.push(req.jobTitle);
        continue;
      }
      throw err;
    }
  }
  return { proofs, failed };
}
