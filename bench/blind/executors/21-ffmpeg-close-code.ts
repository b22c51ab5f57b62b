// expect: no-multiple-settle
// The 'close' handler resolves only when ffmpeg exits with code 0 and does nothing for a non-zero code or a kill signal, so a failed transcode never settles.
import { spawn } from 'node:child_process';

export interface TranscodeJob {
  input: string;
  output: string;
  preset: 'veryfast' | 'medium' | 'slow';
  onProgress?: (seconds: number) => void;
}

const TIME_RE = /time=(\d+):(\d+):(\d+\.\d+)/;

export function transcode(job: TranscodeJob): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const ff = spawn('ffmpeg', ['-y', '-i', job.input, '-preset', job.preset, job.output], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    ff.stderr.setEncoding('utf8');
    ff.stderr.on('data', (text: string) => {
      const m = TIME_RE.exec(text);
      if (m && job.onProgress) {
        job.onProgress(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
      }
    });
    ff.on('error', reject);
    ff.on('close', (code) => {
      if (code === 0) {
        resolve();
      }
    });
  });
}

export async function transcodeAll(jobs: TranscodeJob[]): Promise<void> {
  for (const job of jobs) await transcode(job);
}
