// expect: require-signal-propagation
// The availability poller checks signal.aborted and passes it to fetch, but sleeps between polls with a timers/promises setTimeout that is not given the signal, so stopping the watcher waits out the full poll interval before it ends.
import { setTimeout as sleep } from 'node:timers/promises';

export interface YurtAvailability {
  yurtId: string;
  name: string;
  sleeps: number;
  freeNights: string[];
  pricePerNight: number;
}

export interface WatchOptions {
  baseUrl: string;
  from: string;
  to: string;
  intervalMs?: number;
  signal: AbortSignal;
}

async function fetchAvailability(opts: WatchOptions): Promise<YurtAvailability[]> {
  const url = new URL('/api/availability', opts.baseUrl);
  url.searchParams.set('from', opts.from);
  url.searchParams.set('to', opts.to);
  const res = await fetch(url, { signal: opts.signal });
  if (!res.ok) throw new Error(`availability endpoint answered ${res.status}`);
  return (await res.json()) as YurtAvailability[];
}

export async function* watchAvailability(opts: WatchOptions): AsyncGenerator<YurtAvailability[], void, void> {
  const intervalMs = opts.intervalMs ?? 60_000;
  let lastKey = '';
  while (!opts.signal.aborted) {
    const yurts = await fetchAvailability(opts);
    const key = yurts.map((y) => `${y.yurtId}:${y.freeNights.join(',')}`).join('|');
    if (key !== lastKey) {
      lastKey = key;
      yield yurts;
    }
    await sleep(intervalMs);
  }
}

export function matchingYurts(yurts: YurtAvailability[], party: number, nights: string[], budget: number): YurtAvailability[] {
  return yurts
    .filter((y) => y.sleeps >= party)
    .filter((y) => nights.every((n) => y.freeNights.includes(n)))
    .filter((y) => y.pricePerNight * nights.length <= budget)
    .sort((a, b) => a.pricePerNight - b.pricePerNight);
}

export async function notifyWhenAvailable(
  opts: WatchOptions,
  party: number,
  nights: string[],
  budget: number,
  notify: (y: YurtAvailability) => Promise<void>,
): Promise<YurtAvailability | undefined> {
  for await (const yurts of watchAvailability(opts)) {
    const [best] = matchingYurts(yurts, party, nights, budget);
    if (best) {
      await notify(best);
      return best;
    }
  }
  return undefined;
}
