// expect: no-multiple-settle
// stackFrames handles 'message' and 'error' but not 'exit', so a worker that exits without posting done/failed leaves the promise pending forever.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface StackJob {
  stationId: string;
  cameraId: string;
  frames: string[];
  darkFrame?: string;
  outputPath: string;
}

export interface StackResult {
  outputPath: string;
  framesUsed: number;
  rejectedForCloud: number;
  peakMagnitude: number;
}

type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: StackResult }
  | { type: 'failed'; reason: string };

declare const stationLog: {
  debug(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
};

const stackerScript = join(__dirname, 'workers', 'stack-frames.js');

export function stackFrames(job: StackJob, onProgress?: (fraction: number) => void): Promise<StackResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(stackerScript, { workerData: job });
    worker.on('message', (msg: WorkerMessage) => {
      switch (msg.type) {
        case 'progress':
          onProgress?.(msg.total === 0 ? 1 : msg.done / msg.total);
          break;
        case 'done':
          resolve(msg.result);
          break;
        case 'failed':
          reject(new Error(`stacking ${job.cameraId} failed: ${msg.reason}`));
          break;
      }
    });
    worker.once('error', reject);
  });
}

export function groupByWindow(frames: string[], windowSeconds: number): string[][] {
  const stamp = (name: string) => Number(/_(\d{10})\.fits$/.exec(name)?.[1] ?? NaN);
  const sorted = frames.filter((f) => Number.isFinite(stamp(f))).sort((a, b) => stamp(a) - stamp(b));
  const groups: string[][] = [];
  let current: string[] = [];
  let windowStart = -Infinity;
  for (const frame of sorted) {
    if (stamp(frame) - windowStart >= windowSeconds) {
      if (current.length) groups.push(current);
      current = [];
      windowStart = stamp(frame);
    }
    current.push(frame);
  }
  if (current.length) groups.push(current);
  return groups;
}

export async function stackNight(
  stationId: string,
  cameraId: string,
  frames: string[],
  outDir: string,
): Promise<StackResult[]> {
  const results: StackResult[] = [];
  const windows = groupByWindow(frames, 600);
  for (const [i, window] of windows.entries()) {
    const outputPath = join(outDir, `${cameraId}-${String(i).padStart(3, '0')}.png`);
    const result = await stackFrames({ stationId, cameraId, frames: window, outputPath }, (f) =>
      stationLog.debug('stack progress', { cameraId, window: i, percent: Math.round(f * 100) }),
    );
    results.push(result);
  }
  stationLog.info('night stacked', { stationId, cameraId, windows: results.length });
  return results;
}
