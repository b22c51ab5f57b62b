// expect: none
// ffprobe's stdout is buffered across every 'data' chunk and parsed once on 'close'; a spawn failure or abort rejects through 'error' first, and the later 'close' settle attempt is a no-op that loses nothing.
import { spawn } from 'node:child_process';

export interface MediaInfo {
  durationSec: number;
  sizeBytes: number;
  video?: { codec: string; width: number; height: number };
  audio?: { codec: string; channels: number };
}

interface ProbeJson {
  format?: { duration?: string; size?: string };
  streams?: Array<{ codec_type?: string; codec_name?: string; width?: number; height?: number; channels?: number }>;
}

function parseProbe(json: string): MediaInfo {
  const data = JSON.parse(json) as ProbeJson;
  const video = data.streams?.find((s) => s.codec_type === 'video');
  const audio = data.streams?.find((s) => s.codec_type === 'audio');
  return {
    durationSec: Number(data.format?.duration ?? 0),
    sizeBytes: Number(data.format?.size ?? 0),
    video: video && { codec: video.codec_name ?? '?', width: video.width ?? 0, height: video.height ?? 0 },
    audio: audio && { codec: audio.codec_name ?? '?', channels: audio.channels ?? 0 },
  };
}

export function probe(file: string, signal?: AbortSignal): Promise<MediaInfo> {
  return new Promise((resolve, reject) => {
    const child = spawn('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], {
      signal,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      stderr += text;
    });
    child.once('error', reject);
    child.once('close', (code, sig) => {
      if (code !== 0) {
        reject(new Error(`ffprobe failed for ${file} (${code ?? sig}): ${stderr.trim()}`));
        return;
      }
      try {
        resolve(parseProbe(Buffer.concat(out).toString('utf8')));
      } catch (err) {
        reject(err);
      }
    });
  });
}

export async function assertPlayable(file: string, signal?: AbortSignal): Promise<MediaInfo> {
  const info = await probe(file, signal);
  if (!info.video) throw new Error(`${file} has no video stream`);
  if (info.durationSec < 1) throw new Error(`${file} is shorter than one second`);
  return info;
}
