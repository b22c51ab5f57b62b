// expect: none
// The spawn wrapper settles exactly once: 'error' and 'close' both go through a finish() guard, and non-zero exit codes reject.
import { spawn } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface TranscodeJob {
  sourcePath: string;
  outputDir: string;
  format: 'mp3' | 'ogg';
  /** 78 rpm shellac records need a steeper de-emphasis curve */
  shellac?: boolean;
}

export interface TranscodeResult {
  outputPath: string;
  bytes: number;
  durationMs: number;
}

const SOX_BIN = process.env.SOX_BIN ?? 'sox';

function buildArgs(job: TranscodeJob, outputPath: string): string[] {
  const args = [job.sourcePath, '-C', job.format === 'mp3' ? '192' : '6', outputPath];
  if (job.shellac) {
    args.push('highpass', '60', 'lowpass', '5000');
  }
  args.push('norm', '-1');
  return args;
}

export async function transcodeJukeboxTrack(job: TranscodeJob): Promise<TranscodeResult> {
  await mkdir(job.outputDir, { recursive: true });
  const base = path.basename(job.sourcePath, path.extname(job.sourcePath));
  const outputPath = path.join(job.outputDir, `${base}.${job.format}`);
  const started = Date.now();

  await new Promise<void>((resolve, reject) => {
    const child = spawn(SOX_BIN, buildArgs(job, outputPath), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let done = false;

    const finish = (err?: Error) => {
      if (done) return;
      done = true;
      if (err) reject(err);
      else resolve();
    };

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // sox can be chatty on damaged needles; keep only the tail
      stderr = (stderr + chunk).slice(-4000);
    });

    child.once('error', (err) => finish(err));
    child.once('close', (code, signal) => {
      if (code === 0) {
        finish();
      } else {
        const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
        finish(new Error(`sox failed for ${job.sourcePath} (${reason}): ${stderr.trim()}`));
      }
    });
  });

  const info = await stat(outputPath);
  return { outputPath, bytes: info.size, durationMs: Date.now() - started };
}

export async function transcodeAll(jobs: TranscodeJob[], concurrency = 2): Promise<TranscodeResult[]> {
  const results: TranscodeResult[] = new Array(jobs.length);
  let cursor = 0;
  const workers = Array.from({ length: Math.min(concurrency, jobs.length) }, async () => {
    while (cursor < jobs.length) {
      const index = cursor++;
      results[index] = await transcodeJukeboxTrack(jobs[index]);
    }
  });
  await Promise.all(workers);
  return results;
}
