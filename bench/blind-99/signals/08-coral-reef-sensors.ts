// expect: none
// The worker job honours the signal: it rejects up front if already aborted, terminates the worker on abort through a once listener, and removes that listener and the worker handlers when the job settles.
import { Worker } from 'node:worker_threads';

export interface SpectrumBatch {
  buoyId: string;
  wavelengthsNm: number[];
  samples: number[][];
}

export interface FluorescenceSummary {
  buoyId: string;
  chlorophyllIndex: number;
  zooxanthellaeHealth: 'healthy' | 'stressed' | 'bleached';
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { samples } = workerData;
const peak = samples.map((row) => Math.max(...row));
const mean = peak.reduce((a, b) => a + b, 0) / Math.max(1, peak.length);
parentPort.postMessage({ chlorophyllIndex: mean });
`;

function classify(index: number): FluorescenceSummary['zooxanthellaeHealth'] {
  if (index > 0.6) return 'healthy';
  if (index > 0.3) return 'stressed';
  return 'bleached';
}

export function analyseSpectra(batch: SpectrumBatch, signal: AbortSignal): Promise<FluorescenceSummary> {
  signal.throwIfAborted();
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: batch });

  return new Promise<FluorescenceSummary>((resolve, reject) => {
    const cleanup = () => {
      signal.removeEventListener('abort', onAbort);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onAbort = () => {
      cleanup();
      reject(signal.reason);
      worker.terminate().catch(() => undefined);
    };
    const onMessage = (msg: { chlorophyllIndex: number }) => {
      cleanup();
      resolve({ buoyId: batch.buoyId, chlorophyllIndex: msg.chlorophyllIndex, zooxanthellaeHealth: classify(msg.chlorophyllIndex) });
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`spectrum worker for ${batch.buoyId} exited with code ${code} before replying`));
    };

    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function analyseReef(batches: SpectrumBatch[], signal: AbortSignal): Promise<FluorescenceSummary[]> {
  const out: FluorescenceSummary[] = [];
  for (const batch of batches) {
    out.push(await analyseSpectra(batch, signal));
  }
  return out;
}
