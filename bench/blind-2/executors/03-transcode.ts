// expect: none
// The async lookups happen before the executor; the executor itself is synchronous and the child settles the promise exactly once via 'error' or 'close', with stderr kept for the rejection.
import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

declare function resolveFfmpegPath(): Promise<string>;
declare const presets: { load(name: string): Promise<{ args: string[]; container: string }> };

export interface TranscodeJob {
  id: string;
  input: string;
  output: string;
  preset: string;
}

export async function transcode(job: TranscodeJob): Promise<{ id: string; durationMs: number }> {
  await access(job.input, constants.R_OK);
  const [ffmpeg, preset] = await Promise.all([resolveFfmpegPath(), presets.load(job.preset)]);
  const started = Date.now();

  await new Promise<void>((resolve, reject) => {
    const child = spawn(ffmpeg, ['-y', '-i', job.input, ...preset.args, '-f', preset.container, job.output], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const stderr: string[] = [];
    let settled = false;

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr.push(chunk);
      if (stderr.length > 200) stderr.shift();
    });
    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(new Error(`job ${job.id}: could not start ffmpeg: ${err.message}`, { cause: err }));
    });
    child.once('close', (code, signal) => {
      if (settled) return;
      settled = true;
      if (code === 0) {
        resolve();
        return;
      }
      const tail = stderr.join('').split('\n').slice(-8).join('\n');
      reject(new Error(`job ${job.id}: ffmpeg exited with ${signal ?? code}\n${tail}`));
    });
  });

  return { id: job.id, durationMs: Date.now() - started };
}
