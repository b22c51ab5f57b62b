// expect: no-swallowed-abort
// The retry loop treats the caller's abort like any failed attempt and finally throws a generic "upload failed" error, hiding the cancellation.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProofOfDelivery {
  jobId: string;
  riderId: string;
  photo: Blob;
  signatureSvg: string | null;
  lat: number;
  lon: number;
  deliveredAt: string;
}

export class UploadFailedError extends Error {
  constructor(readonly jobId: string, readonly attempts: number, options?: { cause?: unknown }) {
    super(`proof of delivery for ${jobId} failed after ${attempts} attempts`, options);
  }
}

const UPLOAD_URL = 'https://dispatch.example.net/api/pod';
const ATTEMPT_TIMEOUT_MS = 15_000;

function buildForm(pod: ProofOfDelivery): FormData {
  const form = new FormData();
  form.set('jobId', pod.jobId);
  form.set('riderId', pod.riderId);
  form.set('deliveredAt', pod.deliveredAt);
  form.set('position', `${pod.lat.toFixed(6)},${pod.lon.toFixed(6)}`);
  form.set('photo', pod.photo, `${pod.jobId}.jpg`);
  if (pod.signatureSvg) {
    form.set('signature', new Blob([pod.signatureSvg], { type: 'image/svg+xml' }), `${pod.jobId}.svg`);
  }
  return form;
}

export async function uploadProof(
  pod: ProofOfDelivery,
  { signal, attempts = 4 }: { signal: AbortSignal; attempts?: number },
): Promise<{ receiptId: string }> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(UPLOAD_URL, {
        method: 'POST',
        body: buildForm(pod),
        signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
      });
      if (response.status === 409) {
        return (await response.json()) as { receiptId: string };
      }
      if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      }
      return (await response.json()) as { receiptId: string };
    } catch (err) {
      lastError = err;
      if (attempt < attempts) {
        await sleep(1_000 * attempt, undefined, { signal }).catch(() => undefined);
      }
    }
  }
  throw new UploadFailedError(pod.jobId, attempts, { cause: lastError });
}

export async function flushPendingProofs(
  pending: ProofOfDelivery[],
  signal: AbortSignal,
): Promise<{ uploaded: string[]; failed: string[] }> {
  const uploaded: string[] = [];
  const failed: string[] = [];
  for (const pod of pending) {
    try {
      const { receiptId } = await uploadProof(pod, { signal });
      uploaded.push(receiptId);
    } catch (err) {
      if (!(err instanceof UploadFailedError)) throw err;
      failed.push(pod.jobId);
    }
  }
  return { uploaded, failed };
}
