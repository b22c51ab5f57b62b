// expect: no-multiple-settle
// waitForReady only settles on the READY line or a spawn error; if the worker exits while loading the reference, the promise never settles and beforeAll hangs.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import { resolve as resolvePath } from 'node:path';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>, timeoutMs?: number) => void;
declare const beforeAll: (fn: () => Promise<void>, timeoutMs?: number) => void;
declare const afterAll: (fn: () => void | Promise<void>) => void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface ReadyInfo {
  reference: string;
  contigs: number;
}
interface AlignmentSummary {
  jobId: string;
  reads: number;
  mapped: number;
  meanMapq: number;
}

const WORKER = process.env.ALIGNER_WORKER ?? resolvePath(__dirname, '../dist/workers/aligner.js');
const REFERENCE = resolvePath(__dirname, 'fixtures/phiX174.fa');

function waitForReady(worker: ChildProcess, lines: Interface): Promise<ReadyInfo> {
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      const match = /^READY reference=(\S+) contigs=(\d+)$/.exec(line);
      if (!match) return;
      lines.off('line', onLine);
      worker.off('error', onError);
      resolve({ reference: match[1], contigs: Number(match[2]) });
    };
    const onError = (err: Error) => {
      lines.off('line', onLine);
      reject(err);
    };
    lines.on('line', onLine);
    worker.once('error', onError);
  });
}

describe('aligner worker', () => {
  let worker: ChildProcess;
  let lines: Interface;
  let ready: ReadyInfo;
  const pending = new Map<string, { resolve(s: AlignmentSummary): void; reject(e: Error): void }>();

  function align(jobId: string, fastq: string): Promise<AlignmentSummary> {
    return new Promise((resolve, reject) => {
      if (worker.exitCode !== null || worker.signalCode !== null) {
        reject(new Error(`aligner is not running (exit ${worker.exitCode ?? worker.signalCode})`));
        return;
      }
      pending.set(jobId, { resolve, reject });
      worker.stdin!.write(JSON.stringify({ jobId, fastq, minMapq: 20 }) + '\n');
    });
  }

  beforeAll(async () => {
    worker = spawn(process.execPath, [WORKER, '--reference', REFERENCE, '--threads', '2'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    lines = createInterface({ input: worker.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      let msg: AlignmentSummary & { error?: string };
      try {
        msg = JSON.parse(line);
      } catch {
        return;
      }
      const job = pending.get(msg.jobId);
      if (!job) return;
      pending.delete(msg.jobId);
      if (msg.error) job.reject(new Error(msg.error));
      else job.resolve(msg);
    });
    worker.on('exit', (code) => {
      for (const job of pending.values()) job.reject(new Error(`aligner exited with code ${code}`));
      pending.clear();
    });
    ready = await waitForReady(worker, lines);
  }, 30_000);

  afterAll(() => {
    worker?.stdin?.end();
    worker?.kill();
  });

  it('loads the single phiX contig', async () => {
    expect(ready.reference).toBe('phiX174');
    expect(ready.contigs).toBe(1);
  });

  it('maps simulated reads against the reference', async () => {
    const summary = await align('sim-001', resolvePath(__dirname, 'fixtures/phiX_sim_1k.fq'));
    expect(summary.reads).toBe(1000);
    expect(summary.mapped).toBeGreaterThan(950);
    expect(summary.meanMapq).toBeGreaterThan(30);
  });

  it('reports malformed FASTQ as a job error', async () => {
    await expect(align('bad-001', resolvePath(__dirname, 'fixtures/truncated.fq'))).rejects.toThrow(/FASTQ/);
  });
});
