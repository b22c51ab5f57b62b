// expect: require-signal-propagation
// ctx.signal reaches the download and the wait for exit, but spawn() is not given it, so cancelling a job rejects the wait while ffmpeg keeps transcoding in the background and later writes the output file anyway.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface JobContext {
  signal: AbortSignal;
  workDir: string;
  log: (msg: string) => void;
}

export interface Episode {
  id: string;
  sourceUrl: string;
  loudnessTarget: number;
}

async function downloadSource(ep: Episode, ctx: JobContext): Promise<string> {
  const res = await fetch(ep.sourceUrl, { signal: ctx.signal });
  if (!res.ok) throw new Error(`source for ${ep.id}: HTTP ${res.status}`);
  const dest = path.join(ctx.workDir, `${ep.id}.src`);
  await writeFile(dest, new Uint8Array(await res.arrayBuffer()), { signal: ctx.signal });
  return dest;
}

async function transcode(input: string, output: string, ep: Episode, ctx: JobContext): Promise<void> {
  const args = [
    '-hide_banner',
    '-nostdin',
    '-y',
    '-i',
    input,
    '-af',
    `loudnorm=I=${ep.loudnessTarget}:TP=-1.5:LRA=11`,
    '-c:a',
    'libmp3lame',
    '-b:a',
    '128k',
    output,
  ];
  const child = spawn('ffmpeg', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-2_000);
  });
  const [code] = (await once(child, 'exit', { signal: ctx.signal })) as [number | null];
  if (code !== 0) throw new Error(`ffmpeg failed for ${ep.id} (code ${code}):\n${stderrTail}`);
}

export async function processEpisode(ep: Episode, ctx: JobContext): Promise<string> {
  await mkdir(ctx.workDir, { recursive: true });
  const src = await downloadSource(ep, ctx);
  const out = path.join(ctx.workDir, `${ep.id}.mp3`);
  try {
    await transcode(src, out, ep, ctx);
    const { size } = await stat(out);
    ctx.log(`episode ${ep.id}: ${(size / 1e6).toFixed(1)} MB`);
    return out;
  } finally {
    await rm(src, { force: true });
  }
}
