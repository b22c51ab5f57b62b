// expect: no-multiple-settle
// Aborting terminates the worker, which emits only 'exit'; with no exit listener the segment promise never settles and the batch awaits forever.
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface SegmentRequest {
  coreId: string;
  depthFromM: number;
  depthToM: number;
  samples: Float64Array;
}

export interface IsotopeProfile {
  coreId: string;
  depthFromM: number;
  depthToM: number;
  d18O: number[];
  deltaD: number[];
  annualLayers: number;
}

const WORKER_FILE = path.join(process.cwd(), 'dist/workers/isotope-profile.js');

export function analyseSegment(req: SegmentRequest, signal?: AbortSignal): Promise<IsotopeProfile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { coreId: req.coreId, depthFromM: req.depthFromM, depthToM: req.depthToM },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });

    const onAbort = () => {
      void worker.terminate();
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    worker.once('message', (profile: IsotopeProfile) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(profile);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      signal?.removeEventListener('abort', onAbort);
      reject(err);
    });

    worker.postMessage(req.samples, [req.samples.buffer as ArrayBuffer]);
  });
}

export async function profileCore(
  segments: SegmentRequest[],
  { concurrency = 4, segmentTimeoutMs = 120_000 } = {},
): Promise<{ profiles: IsotopeProfile[]; failed: string[] }> {
  const queue = [...segments].sort((a, b) => a.depthFromM - b.depthFromM);
  const profiles: IsotopeProfile[] = [];
  const failed: string[] = [];

  async function lane(): Promise<void> {
    for (let seg = queue.shift(); seg; seg = queue.shift()) {
      const label = `${seg.coreId}@${seg.depthFromM.toFixed(2)}-${seg.depthToM.toFixed(2)}m`;
      try {
        profiles.push(await analyseSegment(seg, AbortSignal.timeout(segmentTimeoutMs)));
      } catch (err) {
        console.error(`segment ${label} failed: ${(err as Error).message}`);
        failed.push(label);
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, lane));
  profiles.sort((a, b) => a.depthFromM - b.depthFromM);
  return { profiles, failed };
}
