// expect: no-multiple-settle
// When the gust reading is over the limit the callback rejects but has no return, so it falls through, ignites the batch and calls resolve anyway: lanterns go up in high wind while the caller sees a rejected launch.
import { EventEmitter } from 'node:events';

export interface LanternBatch {
  id: string;
  count: number;
  pad: 'north' | 'river' | 'temple';
}

export interface IgnitionAck {
  batchId: string;
  ignitedAt: number;
  lit: number;
}

export interface LaunchController {
  readGust(pad: LanternBatch['pad'], cb: (err: Error | null, gustKmh: number) => void): void;
  ignite(batch: LanternBatch): IgnitionAck;
}

export class LaunchAbortedError extends Error {
  constructor(
    readonly batchId: string,
    readonly gustKmh: number,
  ) {
    super(`batch ${batchId} held: gusts at ${gustKmh} km/h`);
    this.name = 'LaunchAbortedError';
  }
}

const MAX_GUST_KMH = 18;

export class ReleaseCoordinator extends EventEmitter {
  private readonly released = new Set<string>();

  constructor(private readonly controller: LaunchController) {
    super();
  }

  release(batch: LanternBatch): Promise<IgnitionAck> {
    if (this.released.has(batch.id)) {
      return Promise.reject(new Error(`batch ${batch.id} already released`));
    }
    return new Promise<IgnitionAck>((resolve, reject) => {
      this.controller.readGust(batch.pad, (err, gustKmh) => {
        if (err) {
          reject(err);
          return;
        }
        if (gustKmh > MAX_GUST_KMH) {
          this.emit('hold', { batchId: batch.id, gustKmh });
          reject(new LaunchAbortedError(batch.id, gustKmh));
        }
        const ack = this.controller.ignite(batch);
        this.released.add(batch.id);
        this.emit('released', ack);
        resolve(ack);
      });
    });
  }

  async releaseInOrder(batches: LanternBatch[]): Promise<IgnitionAck[]> {
    const acks: IgnitionAck[] = [];
    for (const batch of batches) {
      acks.push(await this.release(batch));
    }
    return acks;
  }

  totalReleased(): number {
    return this.released.size;
  }
}
