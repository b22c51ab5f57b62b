// expect: no-multiple-settle
// The worker wrapper settles only on message or error, so a solver thread that exits without posting a result leaves the promise pending forever.
import { Worker } from 'node:worker_threads';

export interface StringSpec {
  control: string;
  attachPoint: 'head' | 'hand-l' | 'hand-r' | 'knee-l' | 'knee-r' | 'back';
  lengthMm: number;
  gaugeLb: number;
}

export interface RigSpec {
  puppet: string;
  massGrams: number;
  strings: StringSpec[];
}

export interface TensionProfile {
  puppet: string;
  tensionsN: Record<string, number>;
  maxTensionN: number;
}

type SolverMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; profile: TensionProfile }
  | { type: 'failed'; message: string };

export function computeTensionProfile(
  rig: RigSpec,
  onProgress?: (fraction: number) => void,
): Promise<TensionProfile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tension-solver.js', import.meta.url), {
      workerData: rig,
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });

    worker.on('message', (msg: SolverMessage) => {
      if (msg.type === 'progress') {
        onProgress?.(msg.fraction);
        return;
      }
      if (msg.type === 'result') {
        resolve(msg.profile);
      } else {
        reject(new Error(`tension solver failed for ${rig.puppet}: ${msg.message}`));
      }
    });
    worker.once('error', reject);
  });
}

export async function recommendGauges(rig: RigSpec, safetyFactor = 3): Promise<Record<string, number>> {
  const profile = await computeTensionProfile(rig);
  const newtonsPerLb = 4.448;
  const recommended: Record<string, number> = {};
  for (const spec of rig.strings) {
    const tension = profile.tensionsN[spec.control] ?? 0;
    const neededLb = Math.ceil((tension * safetyFactor) / newtonsPerLb);
    recommended[spec.control] = Math.max(spec.gaugeLb, neededLb);
  }
  return recommended;
}
