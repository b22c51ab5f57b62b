// expect: none
// Correct: message, error and exit are all handled, and settle() detaches every listener so a later 'exit' after the result cannot settle again.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

export interface ScanJob {
  reelId: string;
  frameStart: number;
  frameEnd: number;
  dpi: 2048 | 4096;
}

export interface ScanReport {
  reelId: string;
  framesScanned: number;
  scratchesDetected: number;
  dustScore: number;
}

type WorkerReply = { type: 'done'; report: ScanReport } | { type: 'failed'; message: string };

const WORKER_URL = new URL('./scan-worker-entry.js', import.meta.url);

export function scanInWorker(job: ScanJob): Promise<ScanReport> {
  return new Promise<ScanReport>((resolve, reject) => {
    const worker = new Worker(fileURLToPath(WORKER_URL), { workerData: job });

    const settle = (fn: () => void) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      fn();
    };

    const onMessage = (reply: WorkerReply) => {
      if (reply.type === 'done') {
        settle(() => resolve(reply.report));
      } else {
        settle(() => reject(new Error(`scan of ${job.reelId} failed: ${reply.message}`)));
      }
      void worker.terminate();
    };

    const onError = (err: Error) => settle(() => reject(err));

    const onExit = (code: number) =>
      settle(() => reject(new Error(`scan worker for ${job.reelId} exited with code ${code} before replying`)));

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function scanReel(reelId: string, totalFrames: number, chunk = 2_000): Promise<ScanReport> {
  const jobs: ScanJob[] = [];
  for (let start = 0; start < totalFrames; start += chunk) {
    jobs.push({ reelId, frameStart: start, frameEnd: Math.min(start + chunk, totalFrames) - 1, dpi: 4096 });
  }
  const reports = await Promise.all(jobs.map((job) => scanInWorker(job)));
  return reports.reduce<ScanReport>(
    (acc, r) => ({
      reelId,
      framesScanned: acc.framesScanned + r.framesScanned,
      scratchesDetected: acc.scratchesDetected + r.scratchesDetected,
      dustScore: Math.max(acc.dustScore, r.dustScore),
    }),
    { reelId, framesScanned: 0, scratchesDetected: 0, dustScore: 0 },
  );
}
