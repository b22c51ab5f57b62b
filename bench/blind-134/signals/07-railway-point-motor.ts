// expect: require-signal-propagation
// throwPoints passes its signal to fetch and rethrows aborts, but the backoff between attempts uses timers/promises setTimeout without the signal, so an abort during a backoff waits out the full delay.
import { setTimeout as delay } from 'node:timers/promises';

export type PointPosition = 'normal' | 'reverse';

export interface PointStatus {
  pointId: string;
  position: PointPosition;
  detected: boolean;
  motorCurrentA: number;
}

export class PointsBusyError extends Error {
  override name = 'PointsBusyError';
}

export interface PointMachineOptions {
  baseUrl: string;
  maxAttempts?: number;
  backoffMs?: number;
}

export class PointMachineClient {
  constructor(private readonly opts: PointMachineOptions) {}

  async status(pointId: string, signal?: AbortSignal): Promise<PointStatus> {
    const res = await fetch(`${this.opts.baseUrl}/points/${pointId}`, { signal });
    if (!res.ok) throw new Error(`status of ${pointId}: HTTP ${res.status}`);
    return (await res.json()) as PointStatus;
  }

  async throwPoints(pointId: string, position: PointPosition, signal: AbortSignal): Promise<PointStatus> {
    const maxAttempts = this.opts.maxAttempts ?? 5;
    const backoffMs = this.opts.backoffMs ?? 400;

    for (let attempt = 1; ; attempt++) {
      try {
        const res = await fetch(`${this.opts.baseUrl}/points/${pointId}/throw`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ position }),
          signal,
        });
        if (res.status === 409) {
          throw new PointsBusyError(`points ${pointId} are locked by a route or occupied track circuit`);
        }
        if (!res.ok) throw new Error(`throw ${pointId} to ${position}: HTTP ${res.status}`);
        const status = (await res.json()) as PointStatus;
        if (!status.detected || status.position !== position) {
          throw new PointsBusyError(`points ${pointId} not detected in ${position} after throw`);
        }
        return status;
      } catch (err) {
        if (signal.aborted) throw err;
        if (!(err instanceof PointsBusyError) || attempt >= maxAttempts) throw err;
        await delay(backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  async setRoute(points: ReadonlyArray<[string, PointPosition]>, signal: AbortSignal): Promise<PointStatus[]> {
    const done: PointStatus[] = [];
    for (const [pointId, position] of points) {
      done.push(await this.throwPoints(pointId, position, signal));
    }
    return done;
  }
}

export function motorLooksTired(status: PointStatus, ratedA = 3.5): boolean {
  return status.motorCurrentA > ratedA * 1.3;
}
