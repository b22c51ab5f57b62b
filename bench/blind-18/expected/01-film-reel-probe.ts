// expect: none
// Correct: the retry loop invokes probeOnce() on every iteration, so each attempt spawns a fresh ffprobe process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';

const execFileAsync = promisify(execFile);

export interface ReelProbe {
  reelId: string;
  durationSeconds: number;
  frameRate: number;
  width: number;
  height: number;
}

interface ProbeOptions {
  ffprobePath?: string;
  attempts?: number;
  backoffMs?: number;
  signal?: AbortSignal;
}

interface FfprobeStream {
  codec_type: string;
  width?: number;
  height?: number;
  r_frame_rate?: string;
}

interface FfprobeOutput {
  streams: FfprobeStream[];
  format: { duration?: string };
}

function parseFrameRate(raw: string | undefined): number {
  if (!raw) return 0;
  const [num, den] = raw.split('/').map(Number);
  return den ? num / den : num;
}

// Network-mounted scan storage occasionally returns EIO while the NAS spins up,
// so we give ffprobe a few chances before marking the reel as unreadable.
export async function probeReel(reelId: string, filePath: string, options: ProbeOptions = {}): Promise<ReelProbe> {
  const { ffprobePath = 'ffprobe', attempts = 3, backoffMs = 750, signal } = options;

  const probeOnce = () =>
    execFileAsync(ffprobePath, ['-v', 'error', '-print_format', 'json', '-show_streams', '-show_format', filePath], {
      signal,
      maxBuffer: 4 * 1024 * 1024,
    });

  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const { stdout } = await probeOnce();
      const parsed = JSON.parse(stdout) as FfprobeOutput;
      const video = parsed.streams.find((s) => s.codec_type === 'video');
      if (!video) {
        throw new Error(`reel ${reelId}: no video stream in ${filePath}`);
      }
      return {
        reelId,
        durationSeconds: Number(parsed.format.duration ?? 0),
        frameRate: parseFrameRate(video.r_frame_rate),
        width: video.width ?? 0,
        height: video.height ?? 0,
      };
    } catch (err) {
      lastError = err;
      if (signal?.aborted || attempt === attempts) break;
      await sleep(backoffMs * attempt, undefined, { signal });
    }
  }

  throw new Error(`reel ${reelId}: probe failed after ${attempts} attempts`, { cause: lastError });
}

export async function probeReels(
  reels: Array<{ reelId: string; filePath: string }>,
  options?: ProbeOptions,
): Promise<Map<string, ReelProbe | Error>> {
  const results = new Map<string, ReelProbe | Error>();
  for (const reel of reels) {
    try {
      results.set(reel.reelId, await probeReel(reel.reelId, reel.filePath, options));
    } catch (err) {
      results.set(reel.reelId, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return results;
}
