// expect: none
// Every child process, the recording pipeline and the exit wait all receive job.signal, so cancelling a tuning pass stops each stage.
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface TuningJob {
  rank: string;
  pipeNumber: number;
  targetHz: number;
  recordingSeconds: number;
  signal: AbortSignal;
}

export interface PipeMeasurement {
  rank: string;
  pipeNumber: number;
  measuredHz: number;
  centsOff: number;
  wavPath: string;
}

async function recordPipe(job: TuningJob, outDir: string): Promise<string> {
  const wavPath = join(outDir, `${job.rank.replace(/\W+/g, '_')}-${job.pipeNumber}.wav`);
  const recorder = spawn(
    'arecord',
    ['-q', '-f', 'S16_LE', '-r', '48000', '-c', '1', '-d', String(job.recordingSeconds), '-t', 'wav'],
    { signal: job.signal, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // Spawn failures and aborts surface on the process; route them into the pipeline.
  recorder.on('error', (err) => recorder.stdout.destroy(err));

  await pipeline(recorder.stdout, createWriteStream(wavPath), { signal: job.signal });

  if (recorder.exitCode === null && recorder.signalCode === null) {
    await once(recorder, 'exit', { signal: job.signal });
  }
  if (recorder.exitCode !== 0) {
    throw new Error(`arecord exited with ${recorder.exitCode ?? recorder.signalCode} for pipe ${job.pipeNumber}`);
  }
  return wavPath;
}

async function estimatePitch(wavPath: string, signal: AbortSignal): Promise<number> {
  const { stdout } = await execFileAsync('aubiopitch', ['-i', wavPath, '-p', 'yinfft', '-u', 'Hz'], {
    signal,
    maxBuffer: 8 * 1024 * 1024,
  });

  // Skip the attack transient; only the steady speech of the pipe matters.
  const estimates = stdout
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/).map(Number))
    .filter(([t, hz]) => t > 0.4 && hz > 16)
    .map(([, hz]) => hz)
    .sort((a, b) => a - b);

  if (estimates.length === 0) throw new Error(`no stable pitch found in ${wavPath}`);
  return estimates[Math.floor(estimates.length / 2)];
}

export async function measurePipe(job: TuningJob, outDir: string): Promise<PipeMeasurement> {
  job.signal.throwIfAborted();
  const wavPath = await recordPipe(job, outDir);
  const measuredHz = await estimatePitch(wavPath, job.signal);
  const centsOff = 1200 * Math.log2(measuredHz / job.targetHz);
  return {
    rank: job.rank,
    pipeNumber: job.pipeNumber,
    measuredHz: Math.round(measuredHz * 100) / 100,
    centsOff: Math.round(centsOff * 10) / 10,
    wavPath,
  };
}

export async function measureRank(jobs: readonly TuningJob[], outDir: string): Promise<PipeMeasurement[]> {
  const results: PipeMeasurement[] = [];
  for (const job of jobs) {
    results.push(await measurePipe(job, outDir));
  }
  return results;
}
