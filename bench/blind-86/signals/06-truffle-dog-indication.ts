// expect: none
// The race's losers are all cleaned up in finally: one AbortController removes every listener and aborts the sleep timer, so nothing outlives the race.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Indication {
  source: 'collar' | 'handler';
  lat: number;
  lon: number;
  at: number;
}

export interface CollarLink extends EventTarget {
  readonly dogName: string;
}

export interface HandlerApp extends EventTarget {
  readonly handlerId: string;
}

function nextEvent<T>(target: EventTarget, type: string, signal: AbortSignal, map: (e: Event) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    target.addEventListener(type, (e) => resolve(map(e)), { once: true, signal });
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

const coords = (source: Indication['source']) => (e: Event): Indication => {
  const d = (e as CustomEvent<{ lat: number; lon: number }>).detail;
  return { source, lat: d.lat, lon: d.lon, at: Date.now() };
};

/**
 * Resolves with whichever comes first: the collar's scratch sensor, the handler
 * tapping "dog indicates" in the app, or null when the search window runs out.
 */
export async function awaitIndication(
  collar: CollarLink,
  app: HandlerApp,
  windowMs: number,
  outer?: AbortSignal,
): Promise<Indication | null> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  try {
    return await Promise.race([
      nextEvent(collar, 'scratch', signal, coords('collar')),
      nextEvent(app, 'indicate', signal, coords('handler')),
      sleep(windowMs, null, { signal }),
    ]);
  } finally {
    controller.abort();
  }
}

export async function searchPatch(
  collar: CollarLink,
  app: HandlerApp,
  patchId: string,
  opts: { windowMs?: number; signal?: AbortSignal } = {},
): Promise<Indication[]> {
  const found: Indication[] = [];
  const windowMs = opts.windowMs ?? 5 * 60_000;
  for (let sweep = 1; sweep <= 3; sweep++) {
    const hit = await awaitIndication(collar, app, windowMs, opts.signal);
    if (!hit) {
      console.log(`[truffle] ${collar.dogName}: nothing in ${patchId} sweep ${sweep}`);
      continue;
    }
    found.push(hit);
    console.log(`[truffle] ${collar.dogName} indicated at ${hit.lat.toFixed(5)},${hit.lon.toFixed(5)} (${hit.source})`);
  }
  return found;
}
