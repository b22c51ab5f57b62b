// expect: no-reused-settled-promise
// withRetry is handed the already-started upload promise, so every retry re-awaits the same rejected promise instead of sending the batch again.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuoyObservation {
  buoyId: string;
  at: string;
  windKn: number;
  gustKn: number;
  wavePeriodS: number;
}

export interface UplinkHttp {
  post(path: string, body: unknown): Promise<{ status: number; accepted: number }>;
}

export interface Logger {
  warn(msg: string, meta?: Record<string, unknown>): void;
}

export async function withRetry<T>(
  attempt: Promise<T>,
  retries = 3,
  baseDelayMs = 500,
  onRetry?: (err: unknown, n: number) => void,
): Promise<T> {
  let lastError: unknown;
  for (let n = 0; n <= retries; n++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (n === retries) break;
      onRetry?.(err, n + 1);
      await sleep(baseDelayMs * 2 ** n);
    }
  }
  throw lastError;
}

export class BuoyUplink {
  private buffer: BuoyObservation[] = [];

  constructor(
    private readonly http: UplinkHttp,
    private readonly log: Logger,
    private readonly batchSize = 50,
  ) {}

  enqueue(obs: BuoyObservation): void {
    this.buffer.push(obs);
  }

  async flush(): Promise<number> {
    let sent = 0;
    while (this.buffer.length > 0) {
      const batch = this.buffer.slice(0, this.batchSize);
      const result = await withRetry(this.http.post('/v1/observations', { observations: batch }), 4, 500, (err, n) =>
        this.log.warn('buoy uplink retry', { attempt: n, error: String(err), size: batch.length }),
      );
      if (result.status >= 300) {
        throw new Error(`uplink refused batch with status ${result.status}`);
      }
      this.buffer.splice(0, batch.length);
      sent += result.accepted;
    }
    return sent;
  }

  pending(): number {
    return this.buffer.length;
  }
}
