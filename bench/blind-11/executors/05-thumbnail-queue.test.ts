// expect: no-multiple-settle
// The "processes every job" test waits on a promise that only resolves from 'completed' events; if any job emits 'failed' the count never reaches the target and the promise never settles, so the test hangs until the runner timeout instead of reporting the failure.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface ThumbnailJob {
  id: string;
  sourceKey: string;
  width: number;
}

declare class ThumbnailQueue extends EventEmitter {
  constructor(opts: { concurrency: number; render: (job: ThumbnailJob) => Promise<Uint8Array> });
  add(job: Omit<ThumbnailJob, 'id'>): string;
  start(): void;
  close(): Promise<void>;
}

declare function fakeRenderer(delayMs: number): (job: ThumbnailJob) => Promise<Uint8Array>;

describe('ThumbnailQueue', () => {
  let queue: ThumbnailQueue | undefined;

  afterEach(async () => {
    await queue?.close();
    queue = undefined;
  });

  it('processes every enqueued job', async () => {
    queue = new ThumbnailQueue({ concurrency: 2, render: fakeRenderer(5) });
    const sizes = [64, 128, 256, 512];
    const completed: string[] = [];

    const allDone = new Promise<void>((resolve) => {
      queue!.on('completed', (job: ThumbnailJob) => {
        completed.push(job.id);
        if (completed.length === sizes.length) resolve();
      });
    });

    const ids = sizes.map((width) => queue!.add({ sourceKey: 'uploads/cat.png', width }));
    queue.start();
    await allDone;

    expect([...completed].sort()).toEqual([...ids].sort());
  });

  it('reports render errors through the failed event', async () => {
    queue = new ThumbnailQueue({
      concurrency: 1,
      render: async () => {
        throw new Error('unsupported format');
      },
    });

    const failed = new Promise<[ThumbnailJob, Error]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no failed event within 2s')), 2000);
      queue!.once('failed', (job: ThumbnailJob, err: Error) => {
        clearTimeout(timer);
        resolve([job, err]);
      });
    });

    const id = queue.add({ sourceKey: 'uploads/doc.heic', width: 128 });
    queue.start();
    const [job, err] = await failed;

    expect(job.id).toBe(id);
    expect(err.message).toBe('unsupported format');
  });

  it('respects the concurrency limit', async () => {
    let inFlight = 0;
    let peak = 0;
    queue = new ThumbnailQueue({
      concurrency: 3,
      render: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 10));
        inFlight--;
        return new Uint8Array(8);
      },
    });

    for (let i = 0; i < 10; i++) queue.add({ sourceKey: `uploads/${i}.jpg`, width: 64 });
    const drained = new Promise<void>((resolve) => queue!.once('drained', () => resolve()));
    queue.start();
    await drained;

    expect(peak).toBe(3);
    expect(inFlight).toBe(0);
  });
});
