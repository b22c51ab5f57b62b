// expect: no-multiple-settle
// The message listener stays attached and resolves whenever the sample count is at or above the target, so samples already queued before terminate() lands resolve the promise again.
import { Worker } from 'node:worker_threads';

export interface TransformerSpec {
  serial: string;
  ratedKv: number;
  ratedMa: number;
}

export interface Sample {
  secondaryKv: number;
  leakageMa: number;
}

export interface DiagnosticResult {
  serial: string;
  samples: number;
  meanKv: number;
  peakLeakageMa: number;
  verdict: 'ok' | 'degraded' | 'replace';
}

const BENCH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
setInterval(() => {
  const kv = workerData.ratedKv * (0.92 + Math.random() * 0.1);
  parentPort.postMessage({ secondaryKv: kv, leakageMa: Math.random() * 1.8 });
}, workerData.sampleEveryMs);
`;

function summarise(spec: TransformerSpec, samples: Sample[]): DiagnosticResult {
  const meanKv = samples.reduce((sum, s) => sum + s.secondaryKv, 0) / samples.length;
  const peakLeakageMa = Math.max(...samples.map((s) => s.leakageMa));
  let verdict: DiagnosticResult['verdict'] = 'ok';
  if (meanKv < spec.ratedKv * 0.85 || peakLeakageMa > 1.5) verdict = 'replace';
  else if (meanKv < spec.ratedKv * 0.95 || peakLeakageMa > 0.8) verdict = 'degraded';
  return { serial: spec.serial, samples: samples.length, meanKv, peakLeakageMa, verdict };
}

export function diagnoseTransformer(
  spec: TransformerSpec,
  sampleCount = 20,
  sampleEveryMs = 50,
): Promise<DiagnosticResult> {
  return new Promise<DiagnosticResult>((resolve, reject) => {
    const worker = new Worker(BENCH_WORKER, { eval: true, workerData: { ...spec, sampleEveryMs } });
    const samples: Sample[] = [];

    worker.on('message', (sample: Sample) => {
      samples.push(sample);
      if (samples.length >= sampleCount) {
        void worker.terminate();
        resolve(summarise(spec, samples));
      }
    });

    worker.once('error', (err) => reject(err));
    worker.once('exit', (code) => {
      if (code === 0 && samples.length < sampleCount) {
        reject(new Error(`bench worker for ${spec.serial} stopped after ${samples.length}/${sampleCount} samples`));
      }
    });
  });
}

export async function benchTestShop(specs: TransformerSpec[]): Promise<DiagnosticResult[]> {
  const results: DiagnosticResult[] = [];
  for (const spec of specs) {
    results.push(await diagnoseTransformer(spec));
  }
  return results.sort((a, b) => a.verdict.localeCompare(b.verdict) || a.serial.localeCompare(b.serial));
}
