// expect: none
// withRetry receives a factory and calls operation() afresh on every attempt, so each retry performs a new submission rather than re-awaiting a settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export interface DesignSubmission {
  commissionId: string;
  sketchUrl: string;
  figures: string[];
  heightM: number;
}

export interface CouncilApi {
  submitDesign(design: DesignSubmission): Promise<{ reviewId: string }>;
  reviewStatus(reviewId: string): Promise<'queued' | 'in-review' | 'approved' | 'changes-requested'>;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  isTransient?: (err: unknown) => boolean;
}

export class HttpStatusError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'HttpStatusError';
  }
}

const defaultTransient = (err: unknown): boolean =>
  !(err instanceof HttpStatusError) || err.status === 429 || err.status >= 500;

export async function withRetry<T>(operation: () => Promise<T>, options: RetryOptions): Promise<T> {
  const isTransient = options.isTransient ?? defaultTransient;
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (!isTransient(err) || attempt === options.attempts) break;
      await sleep(options.baseDelayMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

export class DesignReviewSubmitter {
  constructor(
    private readonly council: CouncilApi,
    private readonly retry: RetryOptions = { attempts: 4, baseDelayMs: 1_000 },
  ) {}

  async submit(design: DesignSubmission): Promise<string> {
    if (design.figures.length === 0) throw new Error(`commission ${design.commissionId} has no figures`);
    const { reviewId } = await withRetry(() => this.council.submitDesign(design), this.retry);
    return reviewId;
  }

  async submitAll(designs: DesignSubmission[]): Promise<Map<string, string>> {
    const reviewIds = new Map<string, string>();
    for (const design of designs) {
      reviewIds.set(design.commissionId, await this.submit(design));
    }
    return reviewIds;
  }
}
