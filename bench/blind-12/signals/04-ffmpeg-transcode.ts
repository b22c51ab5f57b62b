// expect: none
// The job's signal goes to spawn and to both stream pipelines; on abort the partial output is removed and the abort error is rethrown.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

export type Preset = 'h264-720p' | 'h264-1080p' | 'hevc-2160p';

export interface TranscodeJob {
  input: string;
  output: string;
  preset: Preset;
  signal: AbortSignal;
  onProgress?: (seconds: number) => void;
}

const PRESET_ARGS: Record<Preset, string[]> = {
  'h264-720p': ['-c:v', 'libx264', '-preset', 'veryfast', '-vf', 'scale=-2:720', '-b:v', '3M'],
  'h264-1080p': ['-c:v', 'libx264', '-preset', 'fast', '-vf', 'scale=-2:1080', '-b:v', '6M'],
  'hevc-2160p': ['-c:v', 'libx265', '-preset', 'medium', '-vf', 'scale=-2:2160', '-b:v', '16M'],
};

const TIME_RE = /time=(\d+):(\d+):(\d+(?:\.\d+)?)/;

function waitForExit(child: ReturnType<typeof spawn>, stderrTail: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, sig) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code ?? sig}: ${stderrTail()}`));
    });
  });
}

export async function transcode(job: TranscodeJob): Promise<{ durationMs: number }> {
  const started = Date.now();
  const child = spawn(
    'ffmpeg',
    [
      '-hide_banner',
      '-nostdin',
      '-i',
      'pipe:0',
      ...PRESET_ARGS[job.preset],
      '-c:a',
      'aac',
      '-b:a',
      '128k',
      '-movflags',
      'frag_keyframe+empty_moov',
      '-f',
      'mp4',
      'pipe:1',
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], signal: job.signal, killSignal: 'SIGKILL' },
  );

  let tail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-4000);
    const m = TIME_RE.exec(chunk);
    if (m && job.onProgress) {
      job.onProgress(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));
    }
  });

  try {
    await Promise.all([
      pipeline(createReadStream(job.input), child.stdin, { signal: job.signal }),
      pipeline(child.stdout, createWriteStream(job.output), { signal: job.signal }),
      waitForExit(child, () => tail),
    ]);
  } catch (err) {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(job.output, { force: true });
    throw err;
  }

  return { durationMs: Date.now() - started };
}

export async function transcodeLadder(input: string, outDir: string, presets: Preset[], signal: AbortSignal): Promise<Map<Preset, string>> {
  const outputs = new Map<Preset, string>();
  for (const preset of presets) {
    const output = `${outDir}/${preset}.mp4`;
    await transcode({ input, output, preset, signal });
    outputs.set(preset, output);
  }
  return outputs;
}
