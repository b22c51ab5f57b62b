// expect: no-multiple-settle
// The mixdown executor handles 'message' and 'error' but not 'exit', so a worker that exits (process.exit, killed) without posting done never settles.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface MixJob {
  episodeId: string;
  stems: Array<{ track: 'dialogue' | 'foley' | 'music' | 'ambience'; path: string; gainDb: number }>;
  loudnessTargetLufs: number;
  outputPath: string;
}

export interface MixResult {
  outputPath: string;
  integratedLufs: number;
  truePeakDb: number;
  durationSeconds: number;
}

type MixerMessage =
  | { type: 'progress'; percent: number }
  | { type: 'done'; result: MixResult }
  | { type: 'failed'; reason: string };

declare const studioBoard: {
  setEpisodeStatus(episodeId: string, status: string): Promise<void>;
  publishProgress(episodeId: string, percent: number): void;
};

const MIXER_SCRIPT = fileURLToPath(new URL('./mixer-worker.js', 'file:///opt/studio/dist/'));

function renderInWorker(job: MixJob): Promise<MixResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(MIXER_SCRIPT, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });

    worker.on('message', (msg: MixerMessage) => {
      switch (msg.type) {
        case 'progress':
          studioBoard.publishProgress(job.episodeId, msg.percent);
          break;
        case 'done':
          resolve(msg.result);
          break;
        case 'failed':
          reject(new Error(`mixdown of ${job.episodeId} failed: ${msg.reason}`));
          break;
      }
    });

    worker.on('error', (err) => {
      reject(err);
    });
  });
}

function validateJob(job: MixJob): void {
  if (!job.stems.some((s) => s.track === 'dialogue')) {
    throw new Error(`episode ${job.episodeId} has no dialogue stem`);
  }
  if (job.loudnessTargetLufs > -14 || job.loudnessTargetLufs < -30) {
    throw new RangeError(`loudness target ${job.loudnessTargetLufs} LUFS is outside broadcast range`);
  }
}

export async function mixdownEpisode(job: MixJob): Promise<MixResult> {
  validateJob(job);
  await studioBoard.setEpisodeStatus(job.episodeId, 'mixing');
  try {
    const result = await renderInWorker(job);
    const drift = Math.abs(result.integratedLufs - job.loudnessTargetLufs);
    await studioBoard.setEpisodeStatus(job.episodeId, drift > 1 ? 'needs-review' : 'mixed');
    return result;
  } catch (err) {
    await studioBoard.setEpisodeStatus(job.episodeId, 'mix-failed');
    throw err;
  }
}

export async function mixdownSeason(jobs: readonly MixJob[]): Promise<MixResult[]> {
  const results: MixResult[] = [];
  for (const job of jobs) {
    results.push(await mixdownEpisode(job));
  }
  return results;
}
