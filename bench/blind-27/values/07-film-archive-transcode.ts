// expect: no-read-before-settle
// `checksum` is assigned in the read stream's 'end' listener but is read into the catalog record synchronously right after the listeners are attached, so an empty string is stored.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface Reel {
  id: string;
  title: string;
  scanPath: string;
  frameRate: 18 | 24 | 25;
}

declare const catalog: {
  recordAccessCopy(entry: {
    reelId: string;
    path: string;
    bytes: number;
    sha256: string;
    createdAt: string;
  }): Promise<void>;
};

function runFfmpeg(args: string[], signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'], signal });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Keep only the tail; ffmpeg is chatty on long reels.
      stderr = (stderr + chunk).slice(-8_192);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve(stderr);
      else reject(new Error(`ffmpeg exited with ${code}: ${stderr.split('\n').slice(-4).join(' | ')}`));
    });
  });
}

export class AccessCopyJob {
  constructor(private readonly outputDir: string) {}

  private argsFor(reel: Reel, output: string): string[] {
    return [
      '-y',
      '-framerate', String(reel.frameRate),
      '-i', join(reel.scanPath, 'frame_%06d.dpx'),
      '-c:v', 'libx264',
      '-crf', '18',
      '-pix_fmt', 'yuv420p',
      '-vf', 'scale=1920:-2',
      output,
    ];
  }

  async run(reel: Reel, signal?: AbortSignal): Promise<string> {
    const output = join(this.outputDir, `${reel.id}.mp4`);
    await runFfmpeg(this.argsFor(reel, output), signal);

    const { size } = await stat(output);
    const hash = createHash('sha256');
    let checksum = '';
    const stream = createReadStream(output);
    stream.on('data', (chunk) => hash.update(chunk));
    stream.on('end', () => {
      checksum = hash.digest('hex');
    });
    stream.on('error', (err) => {
      console.error(`checksum failed for ${reel.id}`, err);
    });

    await catalog.recordAccessCopy({
      reelId: reel.id,
      path: output,
      bytes: size,
      sha256: checksum,
      createdAt: new Date().toISOString(),
    });
    return output;
  }
}
