// expect: no-reused-settled-promise
// On a transient failure the .catch handler waits and then returns the same already-rejected `attempt`, so the "retry" just re-delivers the original 503 instead of sending the submission again.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface Card {
  certRequest: string;
  title: string;
  declaredValueUsd: number;
}

interface Receipt {
  submissionId: string;
  tier: 'economy' | 'standard' | 'express';
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

interface HttpLike {
  post<T>(path: string, body: unknown): Promise<T>;
}

function isTransient(err: unknown): boolean {
  return err instanceof HttpError && (err.status === 503 || err.status === 429);
}

class GradingSubmitter {
  constructor(private readonly http: HttpLike, private readonly retryDelayMs = 200) {}

  tierFor(card: Card): Receipt['tier'] {
    if (card.declaredValueUsd >= 3_000) return 'express';
    return card.declaredValueUsd >= 500 ? 'standard' : 'economy';
  }

  submit(card: Card): Promise<Receipt> {
    const attempt = this.http.post<Receipt>('/submissions', { ...card, tier: this.tierFor(card) });
    return attempt.catch(async (err: unknown) => {
      if (!isTransient(err)) throw err;
      await delay(this.retryDelayMs);
      return attempt;
    });
  }
}

describe('GradingSubmitter', () => {
  let http: { post: ReturnType<typeof mock.fn<(path: string, body: unknown) => Promise<unknown>>> };
  let submitter: GradingSubmitter;

  beforeEach(() => {
    http = {
      post: mock.fn(async (_path: string, body: unknown) => ({
        submissionId: 'SUB-1',
        tier: (body as { tier: Receipt['tier'] }).tier,
      })),
    };
    submitter = new GradingSubmitter(http as unknown as HttpLike, 1);
  });

  afterEach(() => {
    mock.reset();
  });

  it('submits with the tier implied by the declared value', async () => {
    const receipt = await submitter.submit({ certRequest: 'R-1', title: 'Spawn 1', declaredValueUsd: 650 });
    assert.deepEqual(receipt, { submissionId: 'SUB-1', tier: 'standard' });
    assert.equal(http.post.mock.callCount(), 1);
  });

  it('does not retry client errors', async () => {
    http.post.mock.mockImplementationOnce(async () => {
      throw new HttpError(400, 'missing title');
    });
    await assert.rejects(
      submitter.submit({ certRequest: 'R-2', title: '', declaredValueUsd: 20 }),
      (err: unknown) => err instanceof HttpError && err.status === 400,
    );
    assert.equal(http.post.mock.callCount(), 1);
  });

  it('picks express for high value books', () => {
    assert.equal(submitter.tierFor({ certRequest: 'R-3', title: 'Action 1', declaredValueUsd: 5_000_000 }), 'express');
  });
});
