// expect: none
// The async map callbacks are collected and awaited through Promise.all, so any failed rendition rejects transcodeLadder.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

export interface Rendition {
  name: string;
  width: number;
  height: number;
  videoKbps: number;
  audioKbps: number;
}

export const DEFAULT_LADDER: Rendition[] = [
  { name: '1080p', width: 1920, height: 1080, videoKbps: 5000, audioKbps: 192 },
  { name: '720p', width: 1280, height: 720, videoKbps: 2800, audioKbps: 128 },
  { name: '480p', width: 854, height: 480, videoKbps: 1400, audioKbps: 96 },
];

function runFfmpeg(args: string[], signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffmpeg', ['-hide_banner', '-loglevel', 'error', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      signal,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg exited with ${code}: ${stderr.trim()}`));
    });
  });
}

function renditionArgs(input: string, outDir: string, r: Rendition): string[] {
  return [
    '-i',
    input,
    '-vf',
    `scale=w=${r.width}:h=${r.height}:force_original_aspect_ratio=decrease`,
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-b:v',
    `${r.videoKbps}k`,
    '-c:a',
    'aac',
    '-b:a',
    `${r.audioKbps}k`,
    '-hls_time',
    '6',
    '-hls_playlist_type',
    'vod',
    '-hls_segment_filename',
    path.join(outDir, 'seg_%04d.ts'),
    path.join(outDir, 'index.m3u8'),
  ];
}

export async function transcodeLadder(
  input: string,
  outputRoot: string,
  ladder: Rendition[] = DEFAULT_LADDER,
  timeoutMs = 20 * 60_000,
): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);

  try {
    await Promise.all(
      ladder.map(async (r) => {
        const dir = path.join(outputRoot, r.name);
        await mkdir(dir, { recursive: true });
        await runFfmpeg(renditionArgs(input, dir, r), controller.signal);
      }),
    );
  } catch (err) {
    controller.abort();
    throw err;
  } finally {
    clearTimeout(timer);
  }

  const master = ['#EXTM3U', '#EXT-X-VERSION:3'];
  for (const r of ladder) {
    const bandwidth = (r.videoKbps + r.audioKbps) * 1000;
    master.push(`#EXT-X-STREAM-INF:BANDWIDTH=${bandwidth},RESOLUTION=${r.width}x${r.height}`);
    master.push(`${r.name}/index.m3u8`);
  }
  const masterPath = path.join(outputRoot, 'master.m3u8');
  await writeFile(masterPath, master.join('\n') + '\n', 'utf8');
  return masterPath;
}
