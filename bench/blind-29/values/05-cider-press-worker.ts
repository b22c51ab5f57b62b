// expect: none
// The worker's result is captured in the 'message' listener and only read inside the later 'exit' listener, and callers get it through an awaited Promise.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';

export interface PressLoad {
  batchId: string;
  variety: string;
  appleKg: number;
  brix: number;
  pressurePoints: number[]; // bar, sampled once a minute during the press cycle
}

export interface YieldEstimate {
  batchId: string;
  juiceLitres: number;
  expectedAbv: number;
  pomaceKg: number;
}

// Runs off the main thread: the curve fit is cheap per batch but harvest week brings hundreds at once.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { batchId, appleKg, brix, pressurePoints } = workerData;
const avgPressure = pressurePoints.reduce((a, b) => a + b, 0) / Math.max(1, pressurePoints.length);
const extraction = Math.min(0.78, 0.55 + avgPressure * 0.025);
const juiceLitres = +(appleKg * extraction / 1.05).toFixed(1);
const sg = 1 + brix * 0.004;
const expectedAbv = +((sg - 1.0) * 131.25).toFixed(1);
parentPort.postMessage({ batchId, juiceLitres, expectedAbv, pomaceKg: +(appleKg - juiceLitres * 1.05).toFixed(1) });
`;

function estimateInWorker(load: PressLoad): Promise<YieldEstimate> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: load });
    let result: YieldEstimate | undefined;

    worker.on('message', (msg: YieldEstimate) => {
      result = msg;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`press worker for ${load.batchId} exited with code ${code}`));
      } else if (!result) {
        reject(new Error(`press worker for ${load.batchId} produced no estimate`));
      } else {
        resolve(result);
      }
    });
  });
}

export async function estimateHarvest(loads: PressLoad[]): Promise<Map<string, YieldEstimate>> {
  const concurrency = Math.max(1, cpus().length - 1);
  const out = new Map<string, YieldEstimate>();
  const queue = [...loads];

  async function drain(): Promise<void> {
    for (let load = queue.shift(); load; load = queue.shift()) {
      const estimate = await estimateInWorker(load);
      out.set(estimate.batchId, estimate);
    }
  }

  await Promise.all(Array.from({ length: concurrency }, drain));
  return out;
}

export async function summarise(loads: PressLoad[]): Promise<string> {
  const estimates = await estimateHarvest(loads);
  const litres = [...estimates.values()].reduce((sum, e) => sum + e.juiceLitres, 0);
  return `${estimates.size} batches, ${litres.toFixed(0)} L of juice expected`;
}
