// expect: none
// The retry loop catches errors but rethrows at once when the signal is aborted or the error is an AbortError; only HTTP/network failures are retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface SeatHold {
  performanceId: string;
  seats: string[];
  holdId: string;
  expiresAt: string;
}

export class BoxOfficeError extends Error {
  constructor(
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BoxOfficeError';
  }
}

const RETRYABLE = new Set([408, 425, 429, 502, 503, 504]);

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function holdSeats(
  performanceId: string,
  seats: string[],
  { signal, attempts = 4 }: { signal: AbortSignal; attempts?: number },
): Promise<SeatHold> {
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`https://boxoffice.example.com/performances/${performanceId}/holds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ seats }),
        signal,
      });
      if (res.ok) return (await res.json()) as SeatHold;
      if (!RETRYABLE.has(res.status)) {
        throw new BoxOfficeError(`hold rejected: ${await res.text()}`, res.status);
      }
      lastError = new BoxOfficeError(`box office busy (${res.status})`, res.status);
    } catch (err) {
      if (signal.aborted || isAbort(err)) throw err;
      if (err instanceof BoxOfficeError) throw err;
      lastError = err;
    }

    const backoff = Math.min(4_000, 250 * 2 ** attempt) + Math.random() * 100;
    await sleep(backoff, undefined, { signal });
  }

  throw new BoxOfficeError(`could not hold seats after ${attempts} attempts`, 503, { cause: lastError });
}

export function seatLabel(seat: string): string {
  const match = /^([A-Z]{1,2})(\d+)$/.exec(seat);
  if (!match) return seat;
  const [, row, num] = match;
  return `Row ${row}, seat ${num}`;
}
