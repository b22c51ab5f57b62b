// expect: no-swallowed-abort
// On shutdown the worker signal kills ffmpeg with an AbortError, but handle() records it as a failed attempt (dead-lettering the job on its last attempt) and resolves normally, instead of releasing the job back to the queue and letting the cancellation propagate.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

interface TranscodeJob {
  id: string;
  input: string;
  output: string;
  preset: '720p' | '1080p';
  attempts: number;
}

declare const queue: {
  reserve(opts: { signal: AbortSignal; visibilityTimeoutSec: number }): Promise<TranscodeJob | null>;
  complete(id: string, result: { bytes: number; durationMs: number }): Promise<void>;
  fail(id: string, reason: string, opts: { retry: boolean }): Promise<void>;
  release(id: string): Promise<void>;
};
declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

const MAX_ATTEMPTS = 3;
const PRESETS: Record<TranscodeJob['preset'], string[]> = {
  '720p': ['-vf', 'scale=-2:720', '-c:v', 'libx264', '-crf', '23', '-preset', 'veryfast'],
  '1080p': ['-vf', 'scale=-2:1080', '-c:v', 'libx264', '-crf', '21', '-preset', 'fast'],
};

async function handle(job: TranscodeJob, signal: AbortSignal): Promise<void> {
  const started = Date.now();
  try {
    await execFileAsync('ffmpeg', ['-y', '-i', job.input, ...PRESETS[job.preset], '-c:a', 'aac', job.output], {
      signal,
      maxBuffer: 16 * 1024 * 1024,
    });
    const { size } = await stat(job.output);
    await queue.complete(job.id, { bytes: size, durationMs: Date.now() - started });
    logger.info('transcoded', { id: job.id, preset: job.preset, bytes: size });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const retry = job.attempts + 1 < MAX_ATTEMPTS;
    logger.error('transcode failed', { id: job.id, attempt: job.attempts + 1, retry, reason });
    await queue.fail(job.id, reason, { retry });
  }
}

export async function runWorker(signal: AbortSignal): Promise<void> {
  logger.info('transcode worker started');
  while (!signal.aborted) {
    const job = await queue.reserve({ signal, visibilityTimeoutSec: 900 });
    if (!job) continue;
    await handle(job, signal);
  }
  logger.info('transcode worker stopped');
}
