// expect: none
// The worker promise handles 'message', 'error' and a premature 'exit', and every path detaches all three listeners before settling, so the normal exit that follows the worker's report cannot reject an already-resolved analysis.
import { Worker } from 'node:worker_threads';

export interface GearboxTrace {
  liftId: string;
  tower: number;
  sampleRateHz: number;
  samples: Float64Array;
}

export interface VibrationVerdict {
  liftId: string;
  tower: number;
  rms: number;
  peak: number;
  action: 'ok' | 'inspect' | 'stop';
}

const ANALYSIS_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const s = workerData.samples;
let sum = 0, peak = 0;
for (let i = 0; i < s.length; i++) { sum += s[i] * s[i]; peak = Math.max(peak, Math.abs(s[i])); }
parentPort.postMessage({ rms: Math.sqrt(sum / Math.max(1, s.length)), peak });
`;

function classify(rms: number, peak: number): VibrationVerdict['action'] {
  if (peak > 12 || rms > 4.5) return 'stop';
  if (rms > 2.8) return 'inspect';
  return 'ok';
}

export function analyseTrace(trace: GearboxTrace): Promise<VibrationVerdict> {
  return new Promise<VibrationVerdict>((resolve, reject) => {
    const worker = new Worker(ANALYSIS_SOURCE, {
      eval: true,
      workerData: { samples: trace.samples },
    });

    const detach = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (msg: { rms: number; peak: number }): void => {
      detach();
      resolve({ liftId: trace.liftId, tower: trace.tower, ...msg, action: classify(msg.rms, msg.peak) });
    };
    const onError = (err: Error): void => {
      detach();
      reject(err);
    };
    const onExit = (code: number): void => {
      detach();
      reject(new Error(`analysis worker for ${trace.liftId}/T${trace.tower} exited with code ${code} before reporting`));
    };

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function inspectLine(traces: GearboxTrace[]): Promise<VibrationVerdict[]> {
  const verdicts: VibrationVerdict[] = [];
  for (const trace of traces) {
    const verdict = await analyseTrace(trace);
    verdicts.push(verdict);
    if (verdict.action === 'stop') {
      console.error(`[lift] ${trace.liftId} tower ${trace.tower}: vibration ${verdict.rms.toFixed(2)} rms, stop line`);
      break;
    }
  }
  return verdicts;
}
