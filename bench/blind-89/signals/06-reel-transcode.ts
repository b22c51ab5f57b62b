// expect: require-signal-propagation
// transcodeReel receives a signal but only checks it before starting; spawn is called without { signal } and nothing listens for abort, so ffmpeg keeps running after cancellation.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';

export interface TranscodeJob {
  reelId: string;
  inputDpx: string;
  outputPath: string;
  profile: 'prores-4444' | 'ffv1' | 'h264-proxy';
  frameRate: 18 | 24 | 25;
}

export interface TranscodeResult {
  reelId: string;
  outputBytes: number;
  durationMs: number;
}

const PROFILE_ARGS: Record<TranscodeJob['profile'], string[]> = {
  'prores-4444': ['-c:v', 'prores_ks', '-profile:v', '4444', '-pix_fmt', 'yuva444p10le'],
  ffv1: ['-c:v', 'ffv1', '-level', '3', '-g', '1', '-slicecrc', '1'],
  'h264-proxy': ['-c:v', 'libx264', '-crf', '23', '-preset', 'fast', '-vf', 'scale=1920:-2'],
};

export async function transcodeReel(job: TranscodeJob, signal: AbortSignal): Promise<TranscodeResult> {
  signal.throwIfAborted();
  const started = Date.now();

  const args = [
    '-hide_banner',
    '-y',
    '-framerate', String(job.frameRate),
    '-i', `${job.inputDpx}/%08d.dpx`,
    ...PROFILE_ARGS[job.profile],
    job.outputPath,
  ];

  await new Promise<void>((resolve, reject) => {
    const ff = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    ff.stderr.on('data', (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
    });
    ff.once('error', reject);
    ff.once('close', (code, sig) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg ${job.reelId} exited ${code ?? sig}: ${tail.split('\n').at(-2) ?? ''}`));
    });
  });

  const { size } = await stat(job.outputPath);
  return { reelId: job.reelId, outputBytes: size, durationMs: Date.now() - started };
}

export async function transcodeDeliverables(
  reelId: string,
  inputDpx: string,
  outDir: string,
  signal: AbortSignal,
): Promise<TranscodeResult[]> {
  const profiles: TranscodeJob['profile'][] = ['ffv1', 'prores-4444', 'h264-proxy'];
  const results: TranscodeResult[] = [];
  for (const profile of profiles) {
    const ext = profile === 'h264-proxy' ? 'mp4' : 'mkv';
    results.push(
      await transcodeReel(
        { reelId, inputDpx, outputPath: `${outDir}/${reelId}-${profile}.${ext}`, profile, frameRate: 24 },
        signal,
      ),
    );
  }
  return results;
}
