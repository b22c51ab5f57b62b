// expect: none
// The race's losers and its timeout timer all run on one controller that finally aborts, and the forwarding listener on the caller's signal is removed in the same finally, so nothing keeps running once a winner is chosen.
import { setTimeout as delay } from 'node:timers/promises';

export interface ShadeMeasurement {
  lot: string;
  instrument: string;
  L: number;
  a: number;
  b: number;
}

export interface Spectrophotometer {
  readonly name: string;
  measure(lot: string, signal: AbortSignal): Promise<ShadeMeasurement>;
}

export class ShadeTimeoutError extends Error {
  constructor(readonly lot: string, readonly ms: number) {
    super(`no spectrophotometer answered for lot ${lot} within ${ms} ms`);
    this.name = 'ShadeTimeoutError';
  }
}

export class HttpSpectrophotometer implements Spectrophotometer {
  constructor(readonly name: string, private readonly baseUrl: string) {}

  async measure(lot: string, signal: AbortSignal): Promise<ShadeMeasurement> {
    const res = await fetch(`${this.baseUrl}/measure?lot=${encodeURIComponent(lot)}`, { method: 'POST', signal });
    if (!res.ok) throw new Error(`${this.name}: HTTP ${res.status}`);
    const { L, a, b } = (await res.json()) as { L: number; a: number; b: number };
    return { lot, instrument: this.name, L, a, b };
  }
}

export async function measureShade(
  lot: string,
  instruments: Spectrophotometer[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<ShadeMeasurement> {
  signal.throwIfAborted();
  const race = new AbortController();
  const forward = (): void => race.abort(signal.reason);
  signal.addEventListener('abort', forward, { once: true });
  try {
    return await Promise.race([
      ...instruments.map((inst) => inst.measure(lot, race.signal)),
      delay(timeoutMs, undefined, { signal: race.signal }).then((): never => {
        throw new ShadeTimeoutError(lot, timeoutMs);
      }),
    ]);
  } finally {
    signal.removeEventListener('abort', forward);
    race.abort();
  }
}

export function deltaE(x: ShadeMeasurement, target: { L: number; a: number; b: number }): number {
  return Math.sqrt((x.L - target.L) ** 2 + (x.a - target.a) ** 2 + (x.b - target.b) ** 2);
}
