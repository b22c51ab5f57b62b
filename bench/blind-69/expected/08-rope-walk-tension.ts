// expect: no-reused-settled-promise
// waitForTension starts one readTension() before the loop and re-awaits that settled promise on every poll, so the reading never changes.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StrandSpec {
  fibre: 'manila' | 'hemp' | 'sisal' | 'polyester';
  yarnsPerStrand: number;
  lengthM: number;
  targetTensionN: number;
}

export interface LayResult {
  walkId: string;
  finalLengthM: number;
  twistsPerMetre: number;
  tensionN: number;
}

declare const ropeWalk: {
  loadStrands(walkId: string, spec: StrandSpec, strands: 3 | 4): Promise<void>;
  startTraveller(walkId: string, speedMps: number): Promise<void>;
  stopTraveller(walkId: string): Promise<void>;
  readTension(walkId: string): Promise<number>;
  readLength(walkId: string): Promise<number>;
  countTwists(walkId: string): Promise<number>;
};

const POLL_MS = 750;

export class TensionTimeoutError extends Error {
  constructor(readonly walkId: string, readonly lastN: number, readonly targetN: number) {
    super(`walk ${walkId} stuck at ${lastN}N (target ${targetN}N)`);
    this.name = 'TensionTimeoutError';
  }
}

async function waitForTension(walkId: string, targetN: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const sample = ropeWalk.readTension(walkId);
  let lastN = 0;
  while (Date.now() < deadline) {
    lastN = await sample;
    if (lastN >= targetN) {
      return lastN;
    }
    await sleep(POLL_MS);
  }
  throw new TensionTimeoutError(walkId, lastN, targetN);
}

export async function layRope(walkId: string, spec: StrandSpec, strands: 3 | 4 = 3): Promise<LayResult> {
  await ropeWalk.loadStrands(walkId, spec, strands);

  const speed = spec.fibre === 'polyester' ? 0.6 : 0.35;
  await ropeWalk.startTraveller(walkId, speed);
  let tensionN: number;
  try {
    tensionN = await waitForTension(walkId, spec.targetTensionN, 10 * 60_000);
  } finally {
    await ropeWalk.stopTraveller(walkId);
  }

  const [finalLengthM, twists] = await Promise.all([ropeWalk.readLength(walkId), ropeWalk.countTwists(walkId)]);
  const shrinkage = 1 - finalLengthM / spec.lengthM;
  if (shrinkage > 0.3) {
    throw new Error(`rope on ${walkId} shrank ${(shrinkage * 100).toFixed(0)}% - over-twisted`);
  }
  return {
    walkId,
    finalLengthM,
    twistsPerMetre: twists / finalLengthM,
    tensionN,
  };
}

export function gradeRope(result: LayResult, spec: StrandSpec): 'A' | 'B' | 'reject' {
  const tensionRatio = result.tensionN / spec.targetTensionN;
  if (tensionRatio < 0.95 || tensionRatio > 1.25) return 'reject';
  return result.twistsPerMetre >= 9 && result.twistsPerMetre <= 14 ? 'A' : 'B';
}
