// expect: none
// withRetry is declared to take a function and call it on every attempt, so passing the fetchSchedule arrow by reference is correct here, and every other async call in the file is invoked and awaited.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ScheduledTour {
  id: string;
  gallery: string;
  departs: string;
  seatsLeft: number;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
}

export async function withRetry<T>(task: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    opts.signal?.throwIfAborted();
    try {
      return await task();
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      lastError = err;
      if (attempt < opts.attempts) await sleep(opts.baseDelayMs * 2 ** (attempt - 1), undefined, { signal: opts.signal });
    }
  }
  throw lastError;
}

export class TourBoard {
  constructor(private readonly apiBase: string, private readonly signal?: AbortSignal) {}

  private readonly fetchSchedule = async (): Promise<ScheduledTour[]> => {
    const res = await fetch(`${this.apiBase}/tours/today`, { signal: this.signal });
    if (!res.ok) throw new Error(`schedule unavailable: HTTP ${res.status}`);
    return (await res.json()) as ScheduledTour[];
  };

  private readonly fetchClosures = async (): Promise<string[]> => {
    const res = await fetch(`${this.apiBase}/galleries/closed`, { signal: this.signal });
    if (!res.ok) throw new Error(`closures unavailable: HTTP ${res.status}`);
    return (await res.json()) as string[];
  };

  async render(): Promise<string> {
    const [tours, closed] = await Promise.all([
      withRetry(this.fetchSchedule, { attempts: 3, baseDelayMs: 400, signal: this.signal }),
      this.fetchClosures(),
    ]);
    const closedSet = new Set(closed);
    return tours
      .filter((t) => !closedSet.has(t.gallery))
      .sort((a, b) => a.departs.localeCompare(b.departs))
      .map((t) => `${t.departs}  ${t.gallery.padEnd(22)} ${t.seatsLeft > 0 ? `${t.seatsLeft} seats` : 'FULL'}`)
      .join('\n');
  }
}
