// expect: none
// withRetry receives a factory and calls it on every attempt, so each retry is a fresh request rather than the same rejected promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LabResult {
  accession: string;
  patientName: string;
  species: string;
  clinicId: string;
  test: 'CBC' | 'SDMA' | 'T4' | 'urinalysis' | 'fecal-PCR';
  values: Record<string, number | string>;
  verifiedBy: string;
}

interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  retryable(err: unknown): boolean;
}

class HttpStatusError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

declare const lisClient: {
  post(path: string, body: object): Promise<{ status: number; id?: string }>;
};

declare const auditTrail: { record(accession: string, event: string): void };

const DEFAULT_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 250,
  retryable: (err) => err instanceof HttpStatusError && (err.status === 429 || err.status >= 500),
};

export async function withRetry<T>(operation: () => Promise<T>, policy: RetryPolicy = DEFAULT_POLICY): Promise<T> {
  let attempt = 0;
  for (;;) {
    attempt += 1;
    try {
      return await operation();
    } catch (err) {
      if (attempt >= policy.attempts || !policy.retryable(err)) throw err;
      const jitter = Math.random() * policy.baseDelayMs;
      await sleep(policy.baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
}

async function postOnce(result: LabResult): Promise<string> {
  const response = await lisClient.post(`/clinics/${result.clinicId}/results`, {
    accession: result.accession,
    test: result.test,
    values: result.values,
    verifiedBy: result.verifiedBy,
  });
  if (response.status >= 300 || !response.id) {
    throw new HttpStatusError(response.status, `LIS rejected ${result.accession} with ${response.status}`);
  }
  return response.id;
}

export async function publishResult(result: LabResult): Promise<string> {
  const upload = () => postOnce(result);
  const id = await withRetry(upload);
  auditTrail.record(result.accession, `published as ${id}`);
  return id;
}

export async function publishBatch(results: LabResult[]): Promise<{ published: string[]; failed: string[] }> {
  const published: string[] = [];
  const failed: string[] = [];
  for (const result of results) {
    try {
      published.push(await publishResult(result));
    } catch (err) {
      auditTrail.record(result.accession, `publish failed: ${(err as Error).message}`);
      failed.push(result.accession);
    }
  }
  return { published, failed };
}
