// expect: no-multiple-settle
// When the watchdog SIGKILLs a stuck ffmpeg (or the OOM killer does), 'close' reports code null with a signal; neither branch settles, so extractThumbnail never resolves or rejects and the upload job hangs.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface ThumbnailOptions {
  atSeconds: number;
  width: number;
  timeoutMs?: number;
}

export interface Thumbnail {
  path: string;
  bytes: number;
}

declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

export function extractThumbnail(input: string, output: string, opts: ThumbnailOptions): Promise<Thumbnail> {
  const args = [
    '-hide_banner',
    '-loglevel',
    'error',
    '-ss',
    String(opts.atSeconds),
    '-i',
    input,
    '-frames:v',
    '1',
    '-vf',
    `scale=${opts.width}:-2`,
    '-y',
    output,
  ];

  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < 8192) stderr += chunk;
    });

    const watchdog = setTimeout(() => {
      metrics.increment('thumbnail.timeout', { width: String(opts.width) });
      console.warn(`ffmpeg stuck on ${input}, killing pid ${child.pid}`);
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 30_000);

    child.on('error', (err) => {
      clearTimeout(watchdog);
      reject(new Error(`could not start ffmpeg: ${err.message}`));
    });

    child.on('close', (code) => {
      clearTimeout(watchdog);
      if (code === 0) {
        stat(output).then(
          (info) => resolve({ path: output, bytes: info.size }),
          (err: unknown) => reject(err),
        );
      } else if (code !== null) {
        metrics.increment('thumbnail.failed', { code: String(code) });
        reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim() || 'no output'}`));
      }
    });
  });
}

export async function thumbnailsFor(input: string, outDir: string, widths: number[]): Promise<Thumbnail[]> {
  const results: Thumbnail[] = [];
  for (const width of widths) {
    results.push(await extractThumbnail(input, `${outDir}/thumb-${width}.jpg`, { atSeconds: 1, width }));
  }
  return results;
}
