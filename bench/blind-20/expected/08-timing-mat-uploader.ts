// expect: no-reused-settled-promise
// uploadWithRetry starts the POST once and each "retry" re-awaits that same rejected promise, so a transient failure is never actually retried.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';

export interface ChipRead {
  bib: number;
  chipId: string;
  matId: string;
  splitName: string;
  timestampMs: number;
}

export interface UploadResult {
  accepted: number;
  duplicates: number;
}

export class ResultsUploader {
  private queue: ChipRead[] = [];
  private uploading = false;

  constructor(
    private readonly endpoint: string,
    private readonly apiKey: string,
    private readonly maxAttempts = 5,
  ) {}

  enqueue(read: ChipRead): void {
    this.queue.push(read);
  }

  private postBatch(batch: ChipRead[]): Promise<UploadResult> {
    const body = JSON.stringify({ reads: batch });
    const digest = createHash('sha256').update(body).digest('hex');
    return fetch(`${this.endpoint}/v2/reads`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.apiKey}`,
        'idempotency-key': digest,
      },
      body,
      signal: AbortSignal.timeout(10_000),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`results API responded ${res.status}`);
      return (await res.json()) as UploadResult;
    });
  }

  private async uploadWithRetry(batch: ChipRead[]): Promise<UploadResult> {
    const request = this.postBatch(batch);
    let lastError: unknown;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      try {
        return await request;
      } catch (err) {
        lastError = err;
        // Mats at remote splits often sit on flaky LTE; back off before trying again.
        await sleep(Math.min(30_000, 1_000 * 2 ** (attempt - 1)));
      }
    }
    throw new Error(`upload failed after ${this.maxAttempts} attempts`, { cause: lastError });
  }

  async drain(batchSize = 200): Promise<UploadResult> {
    if (this.uploading) return { accepted: 0, duplicates: 0 };
    this.uploading = true;
    const total: UploadResult = { accepted: 0, duplicates: 0 };
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.slice(0, batchSize);
        const result = await this.uploadWithRetry(batch);
        this.queue.splice(0, batch.length);
        total.accepted += result.accepted;
        total.duplicates += result.duplicates;
      }
    } finally {
      this.uploading = false;
    }
    return total;
  }
}
