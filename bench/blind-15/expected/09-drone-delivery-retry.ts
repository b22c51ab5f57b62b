// expect: none
// The retry helper receives the dispatch function and calls it again on every attempt, so each retry sends a fresh request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FlightPlan {
  droneId: string;
  parcelId: string;
  waypoints: Array<{ lat: number; lon: number; altM: number }>;
}

export interface DispatchAck {
  flightId: string;
  etaSec: number;
}

class TransientDispatchError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
  }
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
}

export async function retrying<T>(operation: (attempt: number) => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    policy.signal?.throwIfAborted();
    try {
      return await operation(attempt);
    } catch (err) {
      lastError = err;
      if (!(err instanceof TransientDispatchError)) throw err;
      const wait = Math.max(err.retryAfterMs, policy.baseDelayMs * 2 ** (attempt - 1));
      await sleep(wait, undefined, { signal: policy.signal });
    }
  }
  throw lastError;
}

export class FlightDispatcher {
  constructor(
    private readonly controlTowerUrl: string,
    private readonly apiKey: string,
  ) {}

  private async submit(plan: FlightPlan, signal?: AbortSignal): Promise<DispatchAck> {
    const res = await fetch(`${this.controlTowerUrl}/flights`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.apiKey}` },
      body: JSON.stringify(plan),
      signal,
    });
    if (res.status === 429 || res.status === 503) {
      const retryAfter = Number(res.headers.get('retry-after') ?? '1') * 1000;
      throw new TransientDispatchError(`airspace busy (${res.status})`, retryAfter);
    }
    if (!res.ok) {
      throw new Error(`flight plan rejected: ${res.status} ${await res.text()}`);
    }
    return (await res.json()) as DispatchAck;
  }

  async dispatch(plan: FlightPlan, timeoutMs = 30_000): Promise<DispatchAck> {
    const signal = AbortSignal.timeout(timeoutMs);
    return retrying(() => this.submit(plan, signal), { attempts: 5, baseDelayMs: 400, signal });
  }

  async dispatchFleet(plans: FlightPlan[]): Promise<Map<string, DispatchAck | Error>> {
    const settled = await Promise.allSettled(plans.map((plan) => this.dispatch(plan)));
    const results = new Map<string, DispatchAck | Error>();
    settled.forEach((outcome, i) => {
      results.set(plans[i].parcelId, outcome.status === 'fulfilled' ? outcome.value : new Error(String(outcome.reason)));
    });
    return results;
  }
}
