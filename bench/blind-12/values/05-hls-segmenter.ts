// expect: no-read-before-settle
// durationSec is set inside the execFile callback, but segmentCount is computed from it synchronously right after the call, so it is always 0.
import { execFile, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface Rendition {
  name: string;
  height: number;
  videoBitrate: string;
  audioBitrate: string;
}

export interface SegmentJob {
  input: string;
  outputDir: string;
  segmentSeconds: number;
  renditions: Rendition[];
}

export interface SegmentPlan {
  job: SegmentJob;
  durationSec: number;
  segmentCount: number;
}

const DEFAULT_RENDITIONS: Rendition[] = [
  { name: '1080p', height: 1080, videoBitrate: '5000k', audioBitrate: '192k' },
  { name: '720p', height: 720, videoBitrate: '2800k', audioBitrate: '128k' },
  { name: '480p', height: 480, videoBitrate: '1200k', audioBitrate: '96k' },
];

export function planSegments(job: SegmentJob): SegmentPlan {
  let durationSec = 0;
  execFile('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', job.input], (err, stdout) => {
    if (err) return;
    const parsed = parseFloat(stdout.trim());
    if (Number.isFinite(parsed)) durationSec = parsed;
  });
  const segmentCount = Math.ceil(durationSec / job.segmentSeconds);
  return { job, durationSec, segmentCount };
}

function ffmpegArgs(job: SegmentJob, r: Rendition): string[] {
  const dir = path.join(job.outputDir, r.name);
  return [
    '-y',
    '-i',
    job.input,
    '-vf',
    `scale=-2:${r.height}`,
    '-c:v',
    'libx264',
    '-b:v',
    r.videoBitrate,
    '-c:a',
    'aac',
    '-b:a',
    r.audioBitrate,
    '-hls_time',
    String(job.segmentSeconds),
    '-hls_playlist_type',
    'vod',
    '-hls_segment_filename',
    path.join(dir, 'seg_%05d.ts'),
    path.join(dir, 'index.m3u8'),
  ];
}

export async function transcode(
  input: string,
  outputDir: string,
  onProgress: (rendition: string, pct: number) => void,
): Promise<SegmentPlan> {
  const job: SegmentJob = { input, outputDir, segmentSeconds: 6, renditions: DEFAULT_RENDITIONS };
  const plan = planSegments(job);

  for (const r of job.renditions) {
    await mkdir(path.join(outputDir, r.name), { recursive: true });
    await new Promise<void>((resolve, reject) => {
      const proc = spawn('ffmpeg', ffmpegArgs(job, r), { stdio: ['ignore', 'ignore', 'pipe'] });
      proc.stderr.setEncoding('utf8');
      proc.stderr.on('data', (chunk: string) => {
        const m = /time=(\d+):(\d+):(\d+\.\d+)/.exec(chunk);
        if (m && plan.durationSec > 0) {
          const t = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
          onProgress(r.name, Math.min(100, (t / plan.durationSec) * 100));
        }
      });
      proc.on('error', reject);
      proc.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg ${r.name} exited with ${code}`))));
    });
  }
  return plan;
}
