// expect: none
// Network failures are wrapped in a WindFeedError, but when the signal is aborted the original AbortError is rethrown untouched.
export interface WindReading {
  stationId: string;
  at: string;
  knots: number;
  gustKnots: number;
  directionDeg: number;
}

export interface RaceWindow {
  beach: string;
  start: string;
  end: string;
}

export class WindFeedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WindFeedError';
  }
}

export async function fetchWindReadings(
  feedUrl: string,
  beach: string,
  { signal }: { signal: AbortSignal },
): Promise<WindReading[]> {
  let res: Response;
  try {
    res = await fetch(`${feedUrl}/beaches/${encodeURIComponent(beach)}/wind?last=30m`, {
      signal,
      headers: { accept: 'application/json' },
    });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new WindFeedError(`wind feed unreachable for ${beach}`, { cause: err });
  }
  if (!res.ok) throw new WindFeedError(`wind feed returned ${res.status} for ${beach}`);
  return (await res.json()) as WindReading[];
}

export function sailable(readings: WindReading[], minKnots = 12, maxGustKnots = 35): boolean {
  if (readings.length < 3) return false;
  const recent = readings.slice(-6);
  const avg = recent.reduce((sum, r) => sum + r.knots, 0) / recent.length;
  const gust = Math.max(...recent.map((r) => r.gustKnots));
  return avg >= minKnots && gust <= maxGustKnots;
}

export async function decideStart(
  feedUrl: string,
  window: RaceWindow,
  options: { signal: AbortSignal },
): Promise<'start' | 'postpone' | 'feed-down'> {
  try {
    const readings = await fetchWindReadings(feedUrl, window.beach, options);
    return sailable(readings) ? 'start' : 'postpone';
  } catch (err) {
    if (err instanceof WindFeedError) return 'feed-down';
    throw err;
  }
}
