// expect: none
// The retry loop rethrows as soon as the signal is aborted and its backoff sleep is cancellable, so aborts are never retried or swallowed.
import { setTimeout as sleep } from 'node:timers/promises';

export type LampState = 'on' | 'off' | 'fault' | 'standby';

export interface LampStatus {
  lighthouseId: string;
  lamp: LampState;
  rotationRpm: number;
  fogSignalArmed: boolean;
  batteryVolts: number;
  reportedAt: string;
}

export interface StatusRequest {
  lighthouseId: string;
  signal?: AbortSignal;
  maxAttempts?: number;
}

export class LampStatusError extends Error {
  constructor(
    message: string,
    readonly lighthouseId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LampStatusError';
  }
}

const RETRYABLE_STATUS = new Set([502, 503, 504]);

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export class LighthouseTelemetry {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async lampStatus(req: StatusRequest): Promise<LampStatus> {
    const { lighthouseId, signal, maxAttempts = 4 } = req;
    const url = `${this.baseUrl}/v2/lighthouses/${encodeURIComponent(lighthouseId)}/lamp`;
    let lastError: unknown;

    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let res: Response | undefined;
      try {
        res = await fetch(url, { headers: { 'x-api-key': this.apiKey }, signal });
      } catch (err) {
        if (signal?.aborted || isAbort(err)) throw err;
        // Network-level failure (DNS, reset, TLS); the station modem drops often.
        lastError = err;
      }

      if (res) {
        if (res.ok) {
          return (await res.json()) as LampStatus;
        }
        if (!RETRYABLE_STATUS.has(res.status)) {
          throw new LampStatusError(`telemetry returned ${res.status}`, lighthouseId);
        }
        lastError = new LampStatusError(`telemetry returned ${res.status}`, lighthouseId);
      }

      if (attempt < maxAttempts) {
        const backoffMs = 250 * 2 ** (attempt - 1) + Math.floor(Math.random() * 100);
        await sleep(backoffMs, undefined, { signal });
      }
    }

    throw new LampStatusError(`no usable status after ${maxAttempts} attempts`, lighthouseId, { cause: lastError });
  }

  async sweep(ids: string[], signal?: AbortSignal): Promise<Map<string, LampStatus>> {
    const results = new Map<string, LampStatus>();
    for (const id of ids) {
      results.set(id, await this.lampStatus({ lighthouseId: id, signal }));
    }
    return results;
  }
}
