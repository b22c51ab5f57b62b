// expect: require-signal-propagation
// runFfmpeg supports a signal, but transcode() calls it without job.signal, so cancelling a job during encoding leaves ffmpeg running at full CPU until it finishes on its own.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export interface TranscodeJob {
  id: string;
  sourceUrl: string;
  height: 480 | 720 | 1080;
  signal: AbortSignal;
}

declare const storage: { upload(localPath: string, key: string, opts?: { signal?: AbortSignal }): Promise<string> };
declare const jobLog: { append(jobId: string, line: string): void };

function runFfmpeg(jobId: string, args: string[], opts: { signal?: AbortSignal } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'], signal: opts.signal, killSignal: 'SIGKILL' });
    let tail = '';
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (chunk: string) => {
      tail = (tail + chunk).slice(-4096);
      jobLog.append(jobId, chunk);
    });
    proc.once('error', reject);
    proc.once('close', (code, sig) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code ?? sig}: ${tail.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}

export async function transcode(job: TranscodeJob): Promise<string> {
  const { signal } = job;
  const work = await mkdtemp(join(tmpdir(), `transcode-${job.id}-`));
  try {
    const input = join(work, 'source');
    const output = join(work, `out-${job.height}p.mp4`);
    const res = await fetch(job.sourceUrl, { signal });
    if (!res.ok || !res.body) throw new Error(`source download failed: HTTP ${res.status}`);
    await pipeline(Readable.fromWeb(res.body as NodeReadableStream<Uint8Array>), createWriteStream(input), { signal });
    await runFfmpeg(job.id, [
      '-hide_banner',
      '-y',
      '-i',
      input,
      '-vf',
      `scale=-2:${job.height}`,
      '-c:v',
      'libx264',
      '-preset',
      'medium',
      '-crf',
      '22',
      '-c:a',
      'aac',
      '-b:a',
      '128k',
      '-movflags',
      '+faststart',
      output,
    ]);
    return await storage.upload(output, `renditions/${job.id}/${job.height}p.mp4`, { signal });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
