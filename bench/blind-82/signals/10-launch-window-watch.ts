// expect: none
// The signal reaches fetch, the event iterator and the backoff sleep; the retry catch rethrows AbortError/TimeoutError at once and retries only other failures.
import { on, EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface WindSample {
  beach: string;
  knots: number;
  gustKnots: number;
  directionDeg: number;
  at: number;
}

export interface LaunchWindow {
  beach: string;
  opensAt: number;
  meanKnots: number;
}

declare const clubSettings: {
  forecastUrl: string;
  minKnots: number;
  maxGustKnots: number;
};

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function fetchForecastKnots(beach: string, signal: AbortSignal, attempts = 3): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${clubSettings.forecastUrl}?beach=${encodeURIComponent(beach)}`, { signal });
      if (!res.ok) throw new Error(`forecast service answered ${res.status}`);
      const body = (await res.json()) as { knots: number };
      return body.knots;
    } catch (err) {
      if (isAbort(err) || attempt >= attempts) throw err;
      await sleep(500 * attempt, undefined, { signal });
    }
  }
}

export async function waitForLaunchWindow(
  anemometer: EventEmitter,
  beach: string,
  signal: AbortSignal,
  steadyMinutes = 10,
): Promise<LaunchWindow> {
  const forecast = await fetchForecastKnots(beach, signal);
  if (forecast < clubSettings.minKnots / 2) {
    throw new Error(`forecast ${forecast} kn at ${beach}; not worth rigging the yachts today`);
  }

  const window: WindSample[] = [];
  for await (const [sample] of on(anemometer, 'sample', { signal }) as AsyncIterableIterator<[WindSample]>) {
    if (sample.beach !== beach) continue;

    const inRange = sample.knots >= clubSettings.minKnots && sample.gustKnots <= clubSettings.maxGustKnots;
    if (!inRange) {
      window.length = 0;
      continue;
    }

    window.push(sample);
    const span = sample.at - window[0].at;
    if (span >= steadyMinutes * 60_000) {
      const meanKnots = window.reduce((sum, s) => sum + s.knots, 0) / window.length;
      return { beach, opensAt: window[0].at, meanKnots: Math.round(meanKnots * 10) / 10 };
    }
  }
  throw new Error(`anemometer feed for ${beach} ended`);
}

export function launchBriefing(window: LaunchWindow): string {
  const opens = new Date(window.opensAt).toISOString().slice(11, 16);
  return `Launch at ${window.beach} from ${opens} UTC, steady ${window.meanKnots} kn. Helmets and dune flags on.`;
}
