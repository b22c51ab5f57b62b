// expect: none
// The worker promise settles once on 'message', 'error' or 'exit', and each handler detaches all three before settling so a normal exit after the reply cannot reject it.
import { Worker } from 'node:worker_threads';

export interface AnchorPoint {
  id: string;
  x: number;
  y: number;
  ratedKn: number;
}

export interface TrapezeAct {
  name: string;
  flyers: { name: string; massKg: number }[];
  swingAngleDeg: number;
  anchors: AnchorPoint[];
}

export interface LoadReport {
  act: string;
  peakKnByAnchor: Record<string, number>;
  safetyFactor: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const act = workerData;
const g = 9.81;
const mass = act.flyers.reduce((s, f) => s + f.massKg, 0);
const theta = act.swingAngleDeg * Math.PI / 180;
const peakN = mass * g * (3 - 2 * Math.cos(theta));
const share = peakN / act.anchors.length / 1000;
const peak = {};
let worst = Infinity;
for (const a of act.anchors) {
  peak[a.id] = Math.round(share * 100) / 100;
  worst = Math.min(worst, a.ratedKn / share);
}
parentPort.postMessage({ act: act.name, peakKnByAnchor: peak, safetyFactor: worst });
`;

export function computeRiggingLoad(act: TrapezeAct, timeoutMs = 10_000): Promise<LoadReport> {
  return new Promise<LoadReport>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: act });
    const timer = setTimeout(() => {
      detach();
      void worker.terminate();
      reject(new Error(`load calculation for ${act.name} timed out`));
    }, timeoutMs);

    const onMessage = (report: LoadReport) => {
      detach();
      resolve(report);
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const onExit = (code: number) => {
      detach();
      reject(new Error(`load worker for ${act.name} exited with code ${code} before replying`));
    };

    function detach() {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    }

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function certifyActs(acts: TrapezeAct[], minSafetyFactor = 5): Promise<string[]> {
  const failures: string[] = [];
  for (const act of acts) {
    const report = await computeRiggingLoad(act);
    if (report.safetyFactor < minSafetyFactor) {
      failures.push(`${act.name}: safety factor ${report.safetyFactor.toFixed(1)} < ${minSafetyFactor}`);
    }
  }
  return failures;
}
