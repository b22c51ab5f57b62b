// expect: no-multiple-settle
// resolve() runs in the stdout 'data' listener, so the promise settles with the first pipe chunk only; for audiobooks whose chapter list exceeds one chunk (~64 KiB) the JSON is cut off and parsing fails, and a non-zero exit after that chunk is ignored.
import { spawn } from 'node:child_process';

export interface ProbeResult {
  format: { duration: string; bit_rate: string; tags?: Record<string, string> };
  streams: Array<{ codec_type: string; codec_name: string; channels?: number; sample_rate?: string }>;
  chapters: Array<{ id: number; start_time: string; end_time: string; tags?: { title?: string } }>;
}

export interface Chapter {
  title: string;
  startSec: number;
  endSec: number;
}

declare const log: { info(msg: string, meta?: object): void; warn(msg: string, meta?: object): void };

function ffprobe(file: string, ffprobePath = 'ffprobe'): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', file];
    const child = spawn(ffprobePath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`ffprobe ${file} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

export async function readChapters(file: string): Promise<{ durationSec: number; chapters: Chapter[] }> {
  const raw = await ffprobe(file);
  const probe = JSON.parse(raw) as ProbeResult;
  const audio = probe.streams.find((s) => s.codec_type === 'audio');
  if (!audio) throw new Error(`${file} has no audio stream`);

  const durationSec = Number(probe.format.duration);
  const chapters = probe.chapters.map((c, i) => ({
    title: c.tags?.title?.trim() || `Chapter ${i + 1}`,
    startSec: Number(c.start_time),
    endSec: Number(c.end_time),
  }));
  if (chapters.length === 0) {
    log.warn('no chapter markers, treating file as one chapter', { file });
    chapters.push({ title: probe.format.tags?.title ?? 'Full book', startSec: 0, endSec: durationSec });
  }
  log.info('probed audiobook', { file, codec: audio.codec_name, chapters: chapters.length });
  return { durationSec, chapters };
}
