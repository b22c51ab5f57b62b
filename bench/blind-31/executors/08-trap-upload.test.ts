// expect: none
// The progress listener fires many times but never settles; 'done', 'error' and 'cancelled' each settle once and all listeners are removed.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface FrameBurst {
  trapId: string;
  triggeredAt: string;
  frames: number;
  bytes: number;
}

class SatelliteUplink extends EventEmitter {
  sent = 0;
  constructor(private readonly chunkBytes: number) {
    super();
  }

  begin(burst: FrameBurst, failAt?: number, cancelAt?: number): void {
    let offset = 0;
    const tick = () => {
      if (failAt !== undefined && offset >= failAt) {
        this.emit('error', new Error(`uplink dropped at byte ${offset}`));
        return;
      }
      if (cancelAt !== undefined && offset >= cancelAt) {
        this.emit('cancelled', 'battery below threshold');
        return;
      }
      offset = Math.min(burst.bytes, offset + this.chunkBytes);
      this.sent = offset;
      this.emit('progress', offset / burst.bytes);
      if (offset === burst.bytes) this.emit('done', { trapId: burst.trapId, bytes: offset });
      else setImmediate(tick);
    };
    setImmediate(tick);
  }
}

function uploadBurst(link: SatelliteUplink, burst: FrameBurst, opts: { failAt?: number; cancelAt?: number } = {}) {
  const progress: number[] = [];
  const done = new Promise<{ trapId: string; bytes: number }>((resolve, reject) => {
    const onProgress = (ratio: number) => progress.push(Math.round(ratio * 100));
    const onDone = (receipt: { trapId: string; bytes: number }) => {
      cleanup();
      resolve(receipt);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onCancelled = (reason: string) => {
      cleanup();
      reject(new Error(`upload cancelled: ${reason}`));
    };
    const cleanup = () => {
      link.off('progress', onProgress);
      link.off('done', onDone);
      link.off('error', onError);
      link.off('cancelled', onCancelled);
    };
    link.on('progress', onProgress);
    link.once('done', onDone);
    link.once('error', onError);
    link.once('cancelled', onCancelled);
    link.begin(burst, opts.failAt, opts.cancelAt);
  });
  return { done, progress };
}

describe('camera trap burst upload', () => {
  let link: SatelliteUplink;
  const burst: FrameBurst = { trapId: 'ridge-07', triggeredAt: '2024-05-02T03:14:00Z', frames: 12, bytes: 4_000 };

  beforeEach(() => {
    link = new SatelliteUplink(1_000);
  });

  it('reports progress and resolves with a receipt', async () => {
    const { done, progress } = uploadBurst(link, burst);
    const receipt = await done;
    expect(receipt).toEqual({ trapId: 'ridge-07', bytes: 4_000 });
    expect(progress).toEqual([25, 50, 75, 100]);
    expect(link.listenerCount('progress')).toBe(0);
  });

  it('rejects when the uplink drops mid-burst', async () => {
    const { done } = uploadBurst(link, burst, { failAt: 2_000 });
    await expect(done).rejects.toThrow(/dropped at byte 2000/);
    expect(link.listenerCount('done')).toBe(0);
  });

  it('rejects when the trap cancels to save battery', async () => {
    const { done, progress } = uploadBurst(link, burst, { cancelAt: 1_000 });
    await expect(done).rejects.toThrow('battery below threshold');
    expect(progress.length).toBeGreaterThan(0);
  });
});
