// expect: none
// The caller's signal is spread into the spawn options, so aborting kills ffmpeg, and the same signal is given to once(), so the wait rejects instead of lingering.
import { spawn, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const FFMPEG = process.env.FFMPEG_PATH ?? 'ffmpeg';

const baseSpawn: SpawnOptions = {
  stdio: ['ignore', 'ignore', 'pipe'],
  env: { ...process.env, AV_LOG_FORCE_NOCOLOR: '1' },
};

export interface PreviewOptions {
  startSec?: number;
  durationSec?: number;
  width?: number;
  signal?: AbortSignal;
}

export async function makePreviewClip(input: string, output: string, opts: PreviewOptions = {}): Promise<void> {
  const { startSec = 0, durationSec = 6, width = 480, signal } = opts;
  await mkdir(dirname(output), { recursive: true });

  const args = [
    '-hide_banner',
    '-y',
    '-ss',
    String(startSec),
    '-t',
    String(durationSec),
    '-i',
    input,
    '-vf',
    `scale=${width}:-2`,
    '-an',
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-crf',
    '28',
    output,
  ];

  const child = spawn(FFMPEG, args, { ...baseSpawn, signal });
  let stderrTail = '';
  child.stderr?.setEncoding('utf8').on('data', (s: string) => {
    stderrTail = (stderrTail + s).slice(-2_000);
  });

  const [code, killSignal] = (await once(child, 'close', { signal })) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(`ffmpeg exited with ${code ?? killSignal} for ${input}: ${stderrTail.trim().split('\n').pop() ?? ''}`);
  }
}
