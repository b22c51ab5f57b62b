// expect: none
// The stored deferred is taken and cleared by a single settle() helper, and batch, error, close and timeout all route through it, so it settles once.
import { EventEmitter } from 'node:events';

export interface PoolSample {
  poolId: string;
  salinityPsu: number;
  waterTempC: number;
  dissolvedO2: number;
  sampledAt: string;
}

export interface SampleBatch {
  buoyId: string;
  sequence: number;
  samples: PoolSample[];
}

declare class BuoyLink extends EventEmitter {
  readonly buoyId: string;
  requestBatch(): void;
}

interface PendingRequest {
  resolve: (batch: SampleBatch) => void;
  reject: (err: unknown) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class BuoyBatchReader {
  private pending: PendingRequest | undefined;
  private lastSequence = -1;

  constructor(private readonly link: BuoyLink) {
    link.on('batch', (batch: SampleBatch) => {
      if (batch.sequence <= this.lastSequence) return; // retransmission
      this.lastSequence = batch.sequence;
      this.settle((p) => p.resolve(batch));
    });
    link.on('error', (err: Error) => {
      this.settle((p) => p.reject(err));
    });
    link.on('close', () => {
      this.settle((p) => p.reject(new Error(`buoy ${link.buoyId} link closed`)));
    });
  }

  next(timeoutMs = 30_000): Promise<SampleBatch> {
    if (this.pending) {
      return Promise.reject(new Error('a batch request is already in flight'));
    }
    const { promise, resolve, reject } = Promise.withResolvers<SampleBatch>();
    const timer = setTimeout(() => {
      this.settle((p) => p.reject(new Error(`buoy ${this.link.buoyId} batch timed out`)));
    }, timeoutMs);
    this.pending = { resolve, reject, timer };

    try {
      this.link.requestBatch();
    } catch (err) {
      this.settle((p) => p.reject(err));
    }
    return promise;
  }

  private settle(outcome: (p: PendingRequest) => void): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    clearTimeout(p.timer);
    outcome(p);
  }
}

export async function collectLowTideSurvey(reader: BuoyBatchReader, batches: number): Promise<Map<string, PoolSample[]>> {
  const byPool = new Map<string, PoolSample[]>();
  for (let i = 0; i < batches; i++) {
    const batch = await reader.next();
    for (const sample of batch.samples) {
      const list = byPool.get(sample.poolId) ?? [];
      list.push(sample);
      byPool.set(sample.poolId, list);
    }
  }
  return byPool;
}
