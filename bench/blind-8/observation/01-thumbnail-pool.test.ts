// expect: no-unobserved-promise
// All thumbnail jobs are submitted up front and then awaited one at a time; if a later job rejects while an earlier one is still being awaited (or after an assertion on an earlier result fails), that rejection has no handler and Node reports an unhandled rejection outside the test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeEach(fn: () => Promise<void>): void;
declare function afterEach(fn: () => Promise<void>): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toMatch(pattern: RegExp): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface ThumbnailJob {
  id: string;
  sourceKey: string;
  width: number;
}
interface JobResult {
  id: string;
  outputKey: string;
  bytes: number;
  width: number;
}
interface WorkerPool {
  submit(job: ThumbnailJob): Promise<JobResult>;
  close(): Promise<void>;
}

declare function createWorkerPool(opts: { size: number; tmpDir: string }): Promise<WorkerPool>;
declare const fixtures: {
  put(key: string, body: Buffer): Promise<void>;
  clear(): Promise<void>;
};

const SOURCES = ['cat', 'dog', 'owl'];
const WIDTHS = [128, 512];

describe('thumbnail worker pool', () => {
  let pool: WorkerPool;
  let scratch: string;

  beforeEach(async () => {
    for (const name of SOURCES) {
      await fixtures.put(`in/${name}.png`, Buffer.alloc(4096, name.length));
    }
    scratch = await mkdtemp(join(tmpdir(), 'thumbs-'));
    pool = await createWorkerPool({ size: 2, tmpDir: scratch });
  });

  afterEach(async () => {
    await pool.close();
    await fixtures.clear();
    await rm(scratch, { recursive: true, force: true });
  });

  it('produces one resized output per submitted job', async () => {
    const jobs: ThumbnailJob[] = SOURCES.flatMap((name) =>
      WIDTHS.map((width) => ({ id: `${name}-${width}`, sourceKey: `in/${name}.png`, width })),
    );
    const pending = jobs.map((job) => pool.submit(job));

    for (const [i, job] of jobs.entries()) {
      const result = await pending[i];
      expect(result.id).toBe(job.id);
      expect(result.width).toBe(job.width);
      expect(result.outputKey).toMatch(/^out\/\w+-\d+\.webp$/);
      expect(result.bytes).toBeGreaterThan(0);
    }
  });

  it('rejects a job whose source object does not exist', async () => {
    await expect(pool.submit({ id: 'ghost-64', sourceKey: 'in/ghost.png', width: 64 })).rejects.toThrow(/not found/);
  });
});
