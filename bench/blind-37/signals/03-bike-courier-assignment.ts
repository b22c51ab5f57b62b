// expect: no-swallowed-abort
// The catch treats AbortError like a per-attempt TimeoutError and retries, so a cancelled dispatch ends as "no rider accepted".
export interface DeliveryJob {
  id: string;
  pickupPostcode: string;
  dropoffPostcode: string;
  readyAt: Date;
  priority: 'standard' | 'express' | 'same-hour';
}

export interface Assignment {
  jobId: string;
  riderId: string;
  acceptedAt: Date;
  etaMinutes: number;
}

declare const dispatchApi: {
  offer(jobId: string, riderId: string, options: { signal: AbortSignal }): Promise<Assignment>;
};
declare function rankRiders(job: DeliveryJob): Promise<string[]>;

const OFFER_TIMEOUT_MS: Record<DeliveryJob['priority'], number> = {
  standard: 45_000,
  express: 25_000,
  'same-hour': 15_000,
};
const MAX_OFFERS = 5;

function isCancellation(err: unknown): boolean {
  return err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError');
}

export async function assignRider(job: DeliveryJob, signal: AbortSignal): Promise<Assignment> {
  const candidates = (await rankRiders(job)).slice(0, MAX_OFFERS);
  if (candidates.length === 0) {
    throw new Error(`no riders on shift near ${job.pickupPostcode}`);
  }

  let lastError: unknown;
  for (const riderId of candidates) {
    const attemptSignal = AbortSignal.any([signal, AbortSignal.timeout(OFFER_TIMEOUT_MS[job.priority])]);
    try {
      return await dispatchApi.offer(job.id, riderId, { signal: attemptSignal });
    } catch (err) {
      if (isCancellation(err)) {
        // rider let the offer lapse; move on to the next one
        lastError = err;
        continue;
      }
      throw err;
    }
  }

  throw new Error(`no rider accepted job ${job.id} after ${candidates.length} offers`, { cause: lastError });
}

export function slaDeadline(job: DeliveryJob): Date {
  const minutes = job.priority === 'same-hour' ? 60 : job.priority === 'express' ? 180 : 480;
  return new Date(job.readyAt.getTime() + minutes * 60_000);
}

export async function assignBatch(jobs: DeliveryJob[], signal: AbortSignal): Promise<Map<string, Assignment>> {
  const ordered = [...jobs].sort((a, b) => slaDeadline(a).getTime() - slaDeadline(b).getTime());
  const assigned = new Map<string, Assignment>();
  for (const job of ordered) {
    assigned.set(job.id, await assignRider(job, signal));
  }
  return assigned;
}
