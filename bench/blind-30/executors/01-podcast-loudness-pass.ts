// expect: no-multiple-settle
// When ffmpeg is killed by a signal (code null) the 'close' handler only records a metric and returns, so the promise never settles.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface LoudnessTarget {
  integratedLufs: number;
  truePeakDb: number;
  loudnessRange: number;
}

export interface TranscodeJob {
  episodeId: string;
  sourcePath: string;
  outputDir: string;
  bitrateKbps: number;
  target: LoudnessTarget;
}

export interface TranscodeResult {
  episodeId: string;
  outputPath: string;
  bytes: number;
  stderrTail: string[];
}

declare const metrics: {
  timing(name: string, ms: number, tags?: Record<string, string>): void;
  increment(name: string, tags?: Record<string, string>): void;
};

const FFMPEG_BIN = process.env.FFMPEG_BIN ?? 'ffmpeg';
const STDERR_TAIL_LINES = 40;

function loudnormFilter(target: LoudnessTarget): string {
  return [
    `I=${target.integratedLufs}`,
    `TP=${target.truePeakDb}`,
    `LRA=${target.loudnessRange}`,
    'print_format=summary',
  ].join(':');
}

function buildArgs(job: TranscodeJob, outputPath: string): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-y',
    '-i', job.sourcePath,
    '-af', `loudnorm=${loudnormFilter(job.target)}`,
    '-c:a', 'libmp3lame',
    '-b:a', `${job.bitrateKbps}k`,
    '-ar', '44100',
    outputPath,
  ];
}

function runFfmpeg(args: string[]): Promise<string[]> {
  return new Promise<string[]>((resolve, reject) => {
    const child = spawn(FFMPEG_BIN, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const tail: string[] = [];
    let partial = '';

    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      const lines = (partial + chunk).split(/\r?\n/);
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > STDERR_TAIL_LINES) tail.shift();
      }
    });

    const onClose = (code: number | null, signal: NodeJS.Signals | null) => {
      child.off('error', onError);
      if (partial) tail.push(partial);
      if (code === 0) {
        resolve(tail);
        return;
      }
      if (signal) {
        metrics.increment('podcast.transcode.killed', { signal });
        return;
      }
      reject(new Error(`ffmpeg exited with code ${code}:\n${tail.slice(-8).join('\n')}`));
    };
    const onError = (err: Error) => {
      child.off('close', onClose);
      reject(err);
    };

    child.once('close', onClose);
    child.once('error', onError);
  });
}

export async function transcodeEpisode(job: TranscodeJob): Promise<TranscodeResult> {
  const outputPath = path.join(job.outputDir, `${job.episodeId}-${job.bitrateKbps}k.mp3`);
  const started = performance.now();
  try {
    const stderrTail = await runFfmpeg(buildArgs(job, outputPath));
    const { size } = await stat(outputPath);
    metrics.timing('podcast.transcode.ms', performance.now() - started, { bitrate: String(job.bitrateKbps) });
    return { episodeId: job.episodeId, outputPath, bytes: size, stderrTail };
  } catch (err) {
    metrics.increment('podcast.transcode.failed', { episode: job.episodeId });
    throw err;
  }
}

export async function transcodeLadder(base: Omit<TranscodeJob, 'bitrateKbps'>, ladder: number[]): Promise<TranscodeResult[]> {
  const results: TranscodeResult[] = [];
  for (const bitrateKbps of ladder) {
    results.push(await transcodeEpisode({ ...base, bitrateKbps }));
  }
  return results;
}
