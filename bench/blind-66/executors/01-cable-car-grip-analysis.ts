// expect: no-multiple-settle
// The worker executor listens for 'message' and 'error' but not 'exit', so a worker that exits without posting a result leaves the promise pending forever.
import { Worker } from 'node:worker_threads';

export interface GripSample {
  carId: string;
  towerIndex: number;
  clampForceKn: number;
  slipMm: number;
}

export interface GripVerdict {
  carId: string;
  worstTower: number;
  minForceKn: number;
  maxSlipMm: number;
  passed: boolean;
}

type AnalyzerMessage =
  | { kind: 'progress'; processed: number }
  | { kind: 'verdict'; verdict: GripVerdict }
  | { kind: 'failed'; reason: string };

declare const maintenanceLog: {
  append(entry: { carId: string; kind: string; detail: string }): Promise<void>;
};

declare const telemetry: {
  gauge(name: string, value: number, tags?: Record<string, string>): void;
};

export interface GripAnalysisOptions {
  analyzerScript: string;
  maxHeapMb?: number;
  onProgress?: (processed: number, total: number) => void;
}

function groupByCar(samples: readonly GripSample[]): Map<string, GripSample[]> {
  const byCar = new Map<string, GripSample[]>();
  for (const sample of samples) {
    const list = byCar.get(sample.carId);
    if (list) list.push(sample);
    else byCar.set(sample.carId, [sample]);
  }
  return byCar;
}

export function analyzeCarGrip(
  carId: string,
  samples: readonly GripSample[],
  opts: GripAnalysisOptions,
): Promise<GripVerdict> {
  return new Promise<GripVerdict>((resolve, reject) => {
    const worker = new Worker(opts.analyzerScript, {
      workerData: { carId, samples },
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 64 },
    });

    worker.on('message', (msg: AnalyzerMessage) => {
      switch (msg.kind) {
        case 'progress':
          opts.onProgress?.(msg.processed, samples.length);
          break;
        case 'verdict':
          resolve(msg.verdict);
          break;
        case 'failed':
          reject(new Error(`grip analysis for ${carId} failed: ${msg.reason}`));
          break;
      }
    });

    worker.on('error', (err) => {
      reject(err);
    });
  });
}

export async function runNightlyGripAudit(
  samples: readonly GripSample[],
  opts: GripAnalysisOptions,
): Promise<GripVerdict[]> {
  const verdicts: GripVerdict[] = [];
  for (const [carId, carSamples] of groupByCar(samples)) {
    const verdict = await analyzeCarGrip(carId, carSamples, opts);
    telemetry.gauge('cablecar.grip.min_force_kn', verdict.minForceKn, { car: carId });
    if (!verdict.passed) {
      await maintenanceLog.append({
        carId,
        kind: 'grip-failure',
        detail: `tower ${verdict.worstTower}: ${verdict.minForceKn} kN, slip ${verdict.maxSlipMm} mm`,
      });
    }
    verdicts.push(verdict);
  }
  return verdicts;
}
