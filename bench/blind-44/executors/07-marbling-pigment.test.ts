// expect: no-multiple-settle
// runDispersion only listens for the worker's 'message', so a worker that throws or exits before replying leaves the promise pending forever.
import { Worker } from 'node:worker_threads';
import path from 'node:path';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
};

interface DispersionJob {
  jobId: number;
  pigment: string;
  gallDrops: number;
  sizeViscosity: number;
}

interface DispersionResult {
  spreadMm: number;
  ringCount: number;
}

interface WorkerReply {
  jobId: number;
  result: DispersionResult;
}

const WORKER_SCRIPT = path.join(__dirname, 'fixtures', 'dispersion-worker.js');

let nextJobId = 1;

function runDispersion(worker: Worker, job: Omit<DispersionJob, 'jobId'>): Promise<DispersionResult> {
  const jobId = nextJobId++;
  return new Promise<DispersionResult>((resolve) => {
    const onMessage = (reply: WorkerReply) => {
      if (reply.jobId !== jobId) return;
      worker.off('message', onMessage);
      resolve(reply.result);
    };
    worker.on('message', onMessage);
    worker.postMessage({ ...job, jobId } satisfies DispersionJob);
  });
}

describe('pigment dispersion on carrageenan size', () => {
  let worker: Worker;

  beforeEach(() => {
    worker = new Worker(WORKER_SCRIPT, { workerData: { trayWidthMm: 480 } });
  });

  afterEach(async () => {
    await worker.terminate();
  });

  it('spreads further with more ox gall', async () => {
    const light = await runDispersion(worker, { pigment: 'indigo', gallDrops: 2, sizeViscosity: 1.2 });
    const heavy = await runDispersion(worker, { pigment: 'indigo', gallDrops: 6, sizeViscosity: 1.2 });
    expect(heavy.spreadMm).toBeGreaterThan(light.spreadMm);
  });

  it('keeps rings tight on a thick size', async () => {
    const thin = await runDispersion(worker, { pigment: 'ochre', gallDrops: 4, sizeViscosity: 0.8 });
    const thick = await runDispersion(worker, { pigment: 'ochre', gallDrops: 4, sizeViscosity: 2.4 });
    expect(thick.spreadMm).toBeLessThan(thin.spreadMm);
    expect(thick.ringCount).toBeGreaterThan(0);
  });

  it('matches jobs to replies when several are in flight', async () => {
    const [a, b, c] = await Promise.all([
      runDispersion(worker, { pigment: 'carmine', gallDrops: 3, sizeViscosity: 1.0 }),
      runDispersion(worker, { pigment: 'carmine', gallDrops: 3, sizeViscosity: 1.0 }),
      runDispersion(worker, { pigment: 'carmine', gallDrops: 3, sizeViscosity: 1.0 }),
    ]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('stays inside the tray for a heavy drop', async () => {
    const result = await runDispersion(worker, { pigment: 'lamp-black', gallDrops: 9, sizeViscosity: 1.1 });
    expect(result.spreadMm).toBeLessThan(480);
  }, 10_000);
});
