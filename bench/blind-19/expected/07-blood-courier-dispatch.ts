// expect: none
// withRetry receives the operation as a function and invokes it afresh on every attempt, so each retry is a new request.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface BloodUnitRequest {
  readonly hospitalId: string;
  readonly product: 'RBC' | 'platelets' | 'plasma' | 'cryo';
  readonly aboRh: string;
  readonly units: number;
  readonly priority: 'routine' | 'urgent' | 'emergency';
}

export interface CourierAssignment {
  readonly runId: string;
  readonly courierId: string;
  readonly etaMinutes: number;
}

declare const courierApi: {
  assign(runId: string, req: BloodUnitRequest): Promise<CourierAssignment>;
  confirmColdChain(runId: string): Promise<{ boxTempC: number }>;
};

interface RetryOptions {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly signal?: AbortSignal;
  readonly onRetry?: (attempt: number, err: unknown) => void;
}

export async function withRetry<T>(operation: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastErr: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    opts.signal?.throwIfAborted();
    try {
      return await operation();
    } catch (err) {
      lastErr = err;
      if (attempt === opts.attempts) break;
      opts.onRetry?.(attempt, err);
      await sleep(opts.baseDelayMs * attempt, undefined, { signal: opts.signal });
    }
  }
  throw lastErr;
}

const retryPolicy: Record<BloodUnitRequest['priority'], Omit<RetryOptions, 'signal'>> = {
  routine: { attempts: 3, baseDelayMs: 2_000 },
  urgent: { attempts: 5, baseDelayMs: 750 },
  emergency: { attempts: 8, baseDelayMs: 250 },
};

export async function dispatchCourier(req: BloodUnitRequest, signal?: AbortSignal): Promise<CourierAssignment> {
  const runId = `${req.hospitalId}-${randomUUID().slice(0, 8)}`;
  const policy = retryPolicy[req.priority];

  const assignment = await withRetry(() => courierApi.assign(runId, req), {
    ...policy,
    signal,
    onRetry: (n, err) => console.warn(`[dispatch] ${runId} assign attempt ${n} failed`, err),
  });

  const confirmColdChain = courierApi.confirmColdChain.bind(courierApi, runId);
  const { boxTempC } = await withRetry(confirmColdChain, { ...policy, signal });
  if (req.product === 'platelets' ? boxTempC < 20 || boxTempC > 24 : boxTempC > 6) {
    throw new Error(`run ${runId}: transport box at ${boxTempC}°C is outside range for ${req.product}`);
  }

  return assignment;
}
