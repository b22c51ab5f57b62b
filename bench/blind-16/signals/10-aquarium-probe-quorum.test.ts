// expect: none
// firstStableReading races probes with Promise.any, aborts the losers through a shared controller in finally, and rethrows the caller's abort instead of the AggregateError.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: {
    toThrow(message?: string | RegExp): Promise<void>;
    toMatchObject(expected: object): Promise<void>;
  };
};

interface ProbeReading {
  probeId: string;
  parameter: 'ph' | 'ammonia' | 'salinity';
  value: number;
}

interface Probe {
  id: string;
  read(parameter: ProbeReading['parameter'], signal: AbortSignal): Promise<number>;
}

async function firstStableReading(probes: Probe[], parameter: ProbeReading['parameter'], outer: AbortSignal): Promise<ProbeReading> {
  const ac = new AbortController();
  const signal = AbortSignal.any([outer, ac.signal]);
  try {
    return await Promise.any(probes.map(async (p) => ({ probeId: p.id, parameter, value: await p.read(parameter, signal) })));
  } catch (err) {
    // Promise.any wraps everything in an AggregateError; surface the caller's abort as-is
    outer.throwIfAborted();
    throw err;
  } finally {
    ac.abort();
  }
}

function fakeProbe(id: string, delayMs: number, value: number, seen: string[]): Probe {
  return {
    id,
    async read(_parameter, signal) {
      try {
        await sleep(delayMs, undefined, { signal });
        return value;
      } catch (err) {
        seen.push(id);
        throw err;
      }
    },
  };
}

describe('firstStableReading', () => {
  it('returns the quickest probe and cancels the slower ones', async () => {
    const cancelled: string[] = [];
    const probes = [
      fakeProbe('reef-ph-a', 5, 8.21, cancelled),
      fakeProbe('reef-ph-b', 200, 8.19, cancelled),
      fakeProbe('reef-ph-c', 400, 8.24, cancelled),
    ];
    const reading = await firstStableReading(probes, 'ph', new AbortController().signal);
    expect(reading).toEqual({ probeId: 'reef-ph-a', parameter: 'ph', value: 8.21 });
    await sleep(0);
    expect(cancelled.sort()).toEqual(['reef-ph-b', 'reef-ph-c']);
  });

  it('stops every probe when the tank check is cancelled', async () => {
    const cancelled: string[] = [];
    const ac = new AbortController();
    const probes = [fakeProbe('sump-nh3-a', 300, 0.02, cancelled), fakeProbe('sump-nh3-b', 300, 0.03, cancelled)];
    const pending = firstStableReading(probes, 'ammonia', ac.signal);
    ac.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(cancelled.length).toBe(2);
  });
});
