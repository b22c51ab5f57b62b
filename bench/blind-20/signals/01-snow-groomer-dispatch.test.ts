// expect: none
// Correct: the deadline race clears its timer in finally and aborts the losing fleet request through a linked controller; the caller's signal is forwarded.
import { setTimeout as delay } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface GroomerStatus {
  id: string;
  trail: string | null;
  fuelPct: number;
}

type FleetClient = (path: string, init: { signal: AbortSignal }) => Promise<GroomerStatus[]>;

export async function pickIdleGroomer(
  client: FleetClient,
  opts: { signal: AbortSignal; deadlineMs: number; minFuelPct?: number },
): Promise<GroomerStatus | undefined> {
  opts.signal.throwIfAborted();
  const request = new AbortController();
  const onAbort = () => request.abort(opts.signal.reason);
  opts.signal.addEventListener('abort', onAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`fleet status timed out after ${opts.deadlineMs}ms`)), opts.deadlineMs);
  });

  try {
    const fleet = await Promise.race([client('/fleet/status', { signal: request.signal }), deadline]);
    const minFuel = opts.minFuelPct ?? 25;
    return fleet.filter((g) => g.trail === null && g.fuelPct >= minFuel).sort((a, b) => b.fuelPct - a.fuelPct)[0];
  } finally {
    clearTimeout(timer);
    request.abort();
    opts.signal.removeEventListener('abort', onAbort);
  }
}

const fleet: GroomerStatus[] = [
  { id: 'PB-600-1', trail: 'Upper Bowl', fuelPct: 80 },
  { id: 'PB-600-2', trail: null, fuelPct: 40 },
  { id: 'PB-400-7', trail: null, fuelPct: 91 },
  { id: 'PB-400-9', trail: null, fuelPct: 12 },
];

describe('pickIdleGroomer', () => {
  it('returns the idle machine with the most fuel', async () => {
    const client: FleetClient = async () => fleet;
    const picked = await pickIdleGroomer(client, { signal: new AbortController().signal, deadlineMs: 500 });
    expect(picked?.id).toBe('PB-400-7');
  });

  it('respects a custom fuel floor', async () => {
    const client: FleetClient = async () => fleet;
    const picked = await pickIdleGroomer(client, {
      signal: new AbortController().signal,
      deadlineMs: 500,
      minFuelPct: 95,
    });
    expect(picked).toBe(undefined);
  });

  it('gives up at the deadline and cancels the in-flight request', async () => {
    let requestSignal: AbortSignal | undefined;
    const client: FleetClient = async (_path, { signal }) => {
      requestSignal = signal;
      await delay(5_000, undefined, { signal });
      return fleet;
    };
    await expect(pickIdleGroomer(client, { signal: new AbortController().signal, deadlineMs: 20 })).rejects.toThrow(/timed out after 20ms/);
    expect(requestSignal?.aborted).toBe(true);
  });

  it('stops when the dispatcher cancels', async () => {
    const dispatcher = new AbortController();
    const client: FleetClient = (_path, { signal }) =>
      new Promise((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    const pending = pickIdleGroomer(client, { signal: dispatcher.signal, deadlineMs: 10_000 });
    dispatcher.abort(new Error('shift ended'));
    await expect(pending).rejects.toThrow('shift ended');
  });
});
