// expect: none
// Progress messages intentionally do not settle; the first terminal message, error or exit settles once and removes every listener before doing so.
import { Worker } from 'node:worker_threads';

export interface FoxingJob {
  mapId: string;
  scanPath: string;
  dpi: number;
  onProgress?: (percent: number) => void;
}

export interface FoxingReport {
  mapId: string;
  spotCount: number;
  affectedAreaPct: number;
  worstQuadrant: 'NE' | 'NW' | 'SE' | 'SW';
}

type WorkerMessage =
  | { type: 'progress'; percent: number }
  | { type: 'done'; report: FoxingReport }
  | { type: 'failed'; message: string };

export function runFoxingAnalysis(scriptPath: string, job: FoxingJob): Promise<FoxingReport> {
  const { onProgress, ...workerData } = job;

  return new Promise<FoxingReport>((resolve, reject) => {
    const worker = new Worker(scriptPath, { workerData });

    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };

    const onMessage = (msg: WorkerMessage) => {
      if (msg.type === 'progress') {
        onProgress?.(msg.percent);
        return;
      }
      cleanup();
      if (msg.type === 'done') {
        resolve(msg.report);
      } else {
        reject(new Error(`foxing analysis of ${job.mapId} failed: ${msg.message}`));
      }
    };

    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };

    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`foxing worker for ${job.mapId} exited with code ${code} before reporting`));
    };

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function triageFolio(scriptPath: string, jobs: readonly FoxingJob[]): Promise<FoxingReport[]> {
  const reports: FoxingReport[] = [];
  for (const job of jobs) {
    reports.push(await runFoxingAnalysis(scriptPath, job));
  }
  return reports.sort((a, b) => b.affectedAreaPct - a.affectedAreaPct);
}

export function needsDeacidification(report: FoxingReport): boolean {
  return report.affectedAreaPct > 12 || report.spotCount > 400;
}
