// expect: no-swallowed-abort
// uploadToDrone's catch treats the caller's abort like a per-attempt timeout and keeps retrying, ending in a generic upload error instead of the abort.
import { createHash } from 'node:crypto';

declare const fleet: {
  uploadChoreography(
    droneId: string,
    payload: Uint8Array,
    opts: { signal: AbortSignal },
  ): Promise<{ checksum: string; bytesWritten: number }>;
};

export interface ShowPlan {
  showId: string;
  drones: readonly string[];
  payloadFor(droneId: string): Uint8Array;
}

export class ChoreographyUploadError extends Error {
  constructor(
    readonly droneId: string,
    readonly attempts: number,
    options?: ErrorOptions,
  ) {
    super(`choreography upload to ${droneId} failed after ${attempts} attempts`, options);
    this.name = 'ChoreographyUploadError';
  }
}

const ATTEMPTS = 3;
const PER_ATTEMPT_MS = 8_000;

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

async function uploadToDrone(droneId: string, payload: Uint8Array, signal: AbortSignal): Promise<string> {
  const expected = sha256(payload);
  let lastError: unknown;

  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    // Radio links drop out mid-transfer; give each attempt its own time budget.
    const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(PER_ATTEMPT_MS)]);
    try {
      const { checksum } = await fleet.uploadChoreography(droneId, payload, { signal: attemptSignal });
      if (checksum !== expected) {
        throw new Error(`checksum mismatch on ${droneId}: got ${checksum.slice(0, 8)}`);
      }
      return checksum;
    } catch (err) {
      lastError = err;
      console.warn(`[${droneId}] upload attempt ${attempt}/${ATTEMPTS} failed: ${(err as Error).message}`);
    }
  }

  throw new ChoreographyUploadError(droneId, ATTEMPTS, { cause: lastError });
}

export async function uploadShow(
  plan: ShowPlan,
  signal: AbortSignal,
  concurrency = 8,
): Promise<Map<string, string>> {
  const checksums = new Map<string, string>();
  const queue = [...plan.drones];

  async function worker(): Promise<void> {
    for (let droneId = queue.shift(); droneId !== undefined; droneId = queue.shift()) {
      const checksum = await uploadToDrone(droneId, plan.payloadFor(droneId), signal);
      checksums.set(droneId, checksum);
    }
  }

  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, () => worker());
  await Promise.all(workers);

  console.info(`show ${plan.showId}: ${checksums.size}/${plan.drones.length} drones armed`);
  return checksums;
}
