// expect: none
// withRetry takes a function and calls it afresh on every attempt, so each retry issues a new request rather than re-awaiting a settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface InventoryDelta {
  accession: string;
  vault: 'svalbard' | 'regional';
  boxId: string;
  seedsAdded: number;
  seedsWithdrawn: number;
  recordedAt: string;
}

export interface DepositoryApi {
  pushDeltas(deltas: InventoryDelta[]): Promise<{ batchId: string; applied: number }>;
}

export class RetryableError extends Error {
  override readonly name = 'RetryableError';
}

export async function withRetry<T>(attempt: () => Promise<T>, retries = 3, baseDelayMs = 500): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i <= retries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (!(err instanceof RetryableError) || i === retries) break;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class VaultInventorySync {
  private readonly queue: InventoryDelta[] = [];

  constructor(
    private readonly api: DepositoryApi,
    private readonly batchSize = 200,
  ) {}

  enqueue(delta: InventoryDelta): void {
    if (delta.seedsAdded < 0 || delta.seedsWithdrawn < 0) {
      throw new RangeError(`negative seed count for ${delta.accession}`);
    }
    this.queue.push(delta);
  }

  async flush(): Promise<string[]> {
    const batchIds: string[] = [];
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.batchSize);
      const { batchId, applied } = await withRetry(() => this.api.pushDeltas(batch));
      if (applied !== batch.length) {
        throw new Error(`depository applied ${applied} of ${batch.length} deltas in ${batchId}`);
      }
      this.queue.splice(0, batch.length);
      batchIds.push(batchId);
    }
    return batchIds;
  }

  pending(): number {
    return this.queue.length;
  }
}
