// expect: none
// The retry helper takes a factory and calls it again on every attempt, so each retry actually re-runs the press-ctl process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as delay } from 'node:timers/promises';

const execFileAsync = promisify(execFile);

export interface PressJob {
  catalogNo: string;
  side: 'A' | 'B';
  weightGrams: 140 | 180;
  quantity: number;
}

export interface PressResult {
  pressId: string;
  pressed: number;
  rejected: number;
}

interface RetryOptions {
  attempts: number;
  delayMs: number;
  shouldRetry?: (err: unknown) => boolean;
}

export async function retry<T>(task: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await task();
    } catch (err) {
      lastError = err;
      if (opts.shouldRetry && !opts.shouldRetry(err)) break;
      if (attempt < opts.attempts) await delay(opts.delayMs * attempt);
    }
  }
  throw lastError;
}

// press-ctl exits with 75 (EX_TEMPFAIL) when the hydraulics are still warming up.
function isTransient(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 75;
}

async function runPressCtl(pressId: string, job: PressJob): Promise<PressResult> {
  const { stdout } = await execFileAsync(
    'press-ctl',
    [
      'cycle',
      '--press', pressId,
      '--catalog', job.catalogNo,
      '--side', job.side,
      '--weight', String(job.weightGrams),
      '--count', String(job.quantity),
      '--json',
    ],
    { timeout: 15 * 60_000 },
  );
  const parsed = JSON.parse(stdout) as { pressed: number; rejected: number };
  return { pressId, pressed: parsed.pressed, rejected: parsed.rejected };
}

export async function pressRun(pressId: string, jobs: PressJob[]): Promise<PressResult[]> {
  const results: PressResult[] = [];
  for (const job of jobs) {
    const result = await retry(() => runPressCtl(pressId, job), {
      attempts: 3,
      delayMs: 20_000,
      shouldRetry: isTransient,
    });
    if (result.rejected > job.quantity * 0.05) {
      console.warn(
        `[press ${pressId}] ${job.catalogNo}${job.side}: ${result.rejected} rejects, check stamper`,
      );
    }
    results.push(result);
  }
  return results;
}
