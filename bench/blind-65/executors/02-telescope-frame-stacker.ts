// expect: no-multiple-settle
// The worker promise settles on 'message' and 'error' only; a worker that exits without posting a result leaves it pending forever.
import { Worker } from 'node:worker_threads';

export interface FrameRef {
  path: string;
  exposureSeconds: number;
  filter: 'L' | 'R' | 'G' | 'B' | 'Ha';
  fwhmArcsec: number;
}

export interface StackResult {
  outputPath: string;
  framesUsed: number;
  framesRejected: number;
  snrEstimate: number;
}

type StackerMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'result'; result: StackResult }
  | { kind: 'failed'; reason: string };

export interface StackOptions {
  outputPath: string;
  sigmaClip: number;
  maxFwhmArcsec: number;
  onProgress?: (fraction: number) => void;
}

declare const STACKER_WORKER_PATH: string;
declare const surveyLog: { info(msg: string): void; warn(msg: string): void };

export function selectFrames(frames: FrameRef[], maxFwhmArcsec: number): FrameRef[] {
  const sharp = frames.filter((f) => f.fwhmArcsec <= maxFwhmArcsec);
  if (sharp.length < frames.length) {
    surveyLog.info(`Discarding ${frames.length - sharp.length} frames above ${maxFwhmArcsec}" FWHM`);
  }
  return sharp.sort((a, b) => a.fwhmArcsec - b.fwhmArcsec);
}

export function stackFrames(frames: FrameRef[], options: StackOptions): Promise<StackResult> {
  const selected = selectFrames(frames, options.maxFwhmArcsec);
  if (selected.length < 3) {
    return Promise.reject(new Error(`Need at least 3 usable frames, got ${selected.length}`));
  }

  return new Promise<StackResult>((resolve, reject) => {
    const worker = new Worker(STACKER_WORKER_PATH, {
      workerData: {
        frames: selected.map((f) => f.path),
        outputPath: options.outputPath,
        sigmaClip: options.sigmaClip,
      },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });

    worker.on('message', (message: StackerMessage) => {
      switch (message.kind) {
        case 'progress':
          options.onProgress?.(message.fraction);
          break;
        case 'result':
          resolve({ ...message.result, framesRejected: message.result.framesRejected + frames.length - selected.length });
          break;
        case 'failed':
          reject(new Error(`Stacker failed: ${message.reason}`));
          break;
      }
    });
    worker.once('error', (err) => {
      surveyLog.warn(`Stacker worker crashed while processing ${options.outputPath}`);
      reject(err);
    });
  });
}

export async function stackByFilter(frames: FrameRef[], baseOptions: Omit<StackOptions, 'outputPath'>, outDir: string) {
  const filters = [...new Set(frames.map((f) => f.filter))];
  const results: Record<string, StackResult> = {};
  for (const filter of filters) {
    const subset = frames.filter((f) => f.filter === filter);
    results[filter] = await stackFrames(subset, { ...baseOptions, outputPath: `${outDir}/master-${filter}.fits` });
  }
  return results;
}
