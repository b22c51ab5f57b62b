// expect: none
// The worker helper settles once on the first of result, error or exit, and removes all three listeners when it does.
import { Worker } from 'node:worker_threads';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
  toEqual(expected: unknown): void;
};

interface PullResult {
  ropeId: string;
  peakKn: number;
  elongationPct: number;
  passed: boolean;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { ropeId, ratedKn, samples } = workerData;
if (!Array.isArray(samples)) throw new Error('samples must be an array');
const peakKn = Math.max(...samples.map((s) => s.kn));
const last = samples[samples.length - 1];
parentPort.postMessage({
  type: 'result',
  result: { ropeId, peakKn, elongationPct: last.mm / 10, passed: peakKn >= ratedKn },
});
`;

function runPullWorker(data: unknown): Promise<PullResult> {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: data });
  return new Promise<PullResult>((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (msg: { type: string; result: PullResult }) => {
      if (msg.type !== 'result') return;
      cleanup();
      resolve(msg.result);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`pull worker exited with code ${code} before reporting`));
    };
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

describe('dynamic rope pull test worker', () => {
  let samples: Array<{ kn: number; mm: number }>;

  beforeEach(() => {
    samples = [
      { kn: 2.1, mm: 12 },
      { kn: 6.4, mm: 38 },
      { kn: 9.8, mm: 71 },
      { kn: 8.9, mm: 84 },
    ];
  });

  afterEach(() => {
    samples = [];
  });

  it('passes a rope that exceeds its rated load', async () => {
    const result = await runPullWorker({ ropeId: 'DYN-9.5-0412', ratedKn: 9, samples });
    expect(result.passed).toBe(true);
    expect(result.peakKn).toBeGreaterThan(9);
    expect(result.elongationPct).toBeLessThan(10);
  });

  it('fails a rope below its rated load', async () => {
    const result = await runPullWorker({ ropeId: 'DYN-9.5-0413', ratedKn: 10, samples });
    expect(result.passed).toBe(false);
  });

  it('rejects when the worker throws during setup', async () => {
    let message = '';
    try {
      await runPullWorker({ ropeId: 'DYN-BAD', ratedKn: 9, samples: null });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toEqual('samples must be an array');
  });
});
