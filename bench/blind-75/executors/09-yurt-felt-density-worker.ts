// expect: no-multiple-settle
// If the density worker exits with code 0 without posting a result message, the exit handler settles nothing and the promise hangs.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { cpus } from 'node:os';

export interface FeltBatch {
  batchId: string;
  woolKg: number;
  layers: number;
  rollerPasses: number;
  targetDensityKgM3: number;
}

export interface DensityReport {
  batchId: string;
  densityMap: number[][];
  meanDensityKgM3: number;
  thinSpots: { x: number; y: number }[];
}

type WorkerMessage =
  | { kind: 'progress'; rolledMeters: number }
  | { kind: 'result'; report: DensityReport };

declare const rollerTelemetry: {
  pressureSamples(batchId: string): Promise<Float64Array>;
};

declare const gerWorkshop: {
  saveReport(report: DensityReport): Promise<void>;
  requestRework(batchId: string, spots: { x: number; y: number }[]): Promise<void>;
};

const WORKER_PATH = join(__dirname, 'felt-density.worker.js');

export function analyseDensity(
  batch: FeltBatch,
  samples: Float64Array,
  onProgress?: (rolledMeters: number) => void,
): Promise<DensityReport> {
  return new Promise<DensityReport>((resolve, reject) => {
    const worker = new Worker(WORKER_PATH, {
      workerData: { batch, samples },
      transferList: [samples.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });

    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') {
        onProgress?.(message.rolledMeters);
        return;
      }
      resolve(message.report);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`felt density worker for ${batch.batchId} exited with code ${code}`));
      }
    });
  });
}

export async function inspectBatches(batches: FeltBatch[]): Promise<DensityReport[]> {
  const concurrency = Math.max(1, Math.min(batches.length, cpus().length - 1));
  const queue = [...batches];
  const reports: DensityReport[] = [];

  async function drain(): Promise<void> {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      const samples = await rollerTelemetry.pressureSamples(batch.batchId);
      const report = await analyseDensity(batch, samples);
      await gerWorkshop.saveReport(report);
      if (report.thinSpots.length > 0 && report.meanDensityKgM3 < batch.targetDensityKgM3 * 0.9) {
        await gerWorkshop.requestRework(batch.batchId, report.thinSpots);
      }
      reports.push(report);
    }
  }

  const runners: Promise<void>[] = [];
  for (let i = 0; i < concurrency; i++) runners.push(drain());
  await Promise.all(runners);
  return reports;
}
