// expect: none
// withRetry takes a factory and invokes it on every attempt, so each retry sends a fresh request with its own abort signal.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CarPosition {
  car: 'A' | 'B';
  metresFromBase: number;
  speedMs: number;
  doorsClosed: boolean;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  attemptTimeoutMs: number;
  signal?: AbortSignal;
}

export async function withRetry<T>(attempt: (signal: AbortSignal) => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown = new Error('no attempts made');
  for (let i = 0; i < opts.attempts; i++) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(opts.signal?.reason);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(new Error('attempt timed out')), opts.attemptTimeoutMs);
    try {
      return await attempt(controller.signal);
    } catch (err) {
      lastError = err;
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    }
    if (opts.signal?.aborted || i === opts.attempts - 1) break;
    await sleep(opts.baseDelayMs * 2 ** i);
  }
  throw lastError;
}

const TRACK_LENGTH_M = 412;

export class HaulControl {
  constructor(private readonly baseUrl: string) {}

  private async fetchPosition(car: 'A' | 'B', signal: AbortSignal): Promise<CarPosition> {
    const res = await fetch(`${this.baseUrl}/cars/${car}/position`, { signal });
    if (!res.ok) throw new Error(`car ${car}: HTTP ${res.status}`);
    return (await res.json()) as CarPosition;
  }

  async positions(signal?: AbortSignal): Promise<[CarPosition, CarPosition]> {
    const opts: RetryOptions = { attempts: 3, baseDelayMs: 200, attemptTimeoutMs: 1500, signal };
    return Promise.all([withRetry((s) => this.fetchPosition('A', s), opts), withRetry((s) => this.fetchPosition('B', s), opts)]);
  }

  async readyToDepart(signal?: AbortSignal): Promise<boolean> {
    const [a, b] = await this.positions(signal);
    const atStations =
      (a.metresFromBase < 1 && b.metresFromBase > TRACK_LENGTH_M - 1) || (b.metresFromBase < 1 && a.metresFromBase > TRACK_LENGTH_M - 1);
    return atStations && a.doorsClosed && b.doorsClosed && a.speedMs === 0 && b.speedMs === 0;
  }
}
