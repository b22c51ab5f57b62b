// expect: none
// The worker's message, error and exit events all go through a settled guard, so the exit that follows a successful reply is ignored instead of rejecting a second time.
import { Worker } from 'node:worker_threads';

export interface ChamberSample {
  moundId: string;
  chamber: 'nursery' | 'fungus-garden' | 'queen' | 'chimney';
  celsius: number;
  relativeHumidity: number;
  co2ppm: number;
}

export interface Microclimate {
  moundId: string;
  ventilationIndex: number;
  thermalGradient: number;
  anomalies: string[];
}

type WorkerReply =
  | { ok: true; result: Microclimate }
  | { ok: false; error: string };

export function computeMicroclimate(
  moundId: string,
  samples: ChamberSample[],
  script: URL,
): Promise<Microclimate> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { moundId, samples } });
    let settled = false;

    worker.once('message', (reply: WorkerReply) => {
      if (settled) return;
      settled = true;
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`microclimate model failed for ${moundId}: ${reply.error}`));
    });
    worker.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      settled = true;
      reject(new Error(`microclimate worker for ${moundId} exited with code ${code} before replying`));
    });
  });
}

export async function surveyColony(
  samples: ChamberSample[],
  script: URL,
  concurrency = 4,
): Promise<Microclimate[]> {
  const byMound = new Map<string, ChamberSample[]>();
  for (const sample of samples) {
    const list = byMound.get(sample.moundId) ?? [];
    list.push(sample);
    byMound.set(sample.moundId, list);
  }

  const entries = [...byMound];
  const results: Microclimate[] = [];
  for (let i = 0; i < entries.length; i += concurrency) {
    const slice = entries.slice(i, i + concurrency);
    const batch = await Promise.all(slice.map(([id, list]) => computeMicroclimate(id, list, script)));
    results.push(...batch);
  }
  return results.sort((a, b) => b.ventilationIndex - a.ventilationIndex);
}
