// expect: none
// awaitArrival races once(emitter, 'arrived', { signal }) against a timer and, in finally, clears the timer and aborts the listener's controller so no loser survives.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Arrival {
  carrierId: string;
  station: string;
  payloadKg: number;
}

class CargoLine extends EventEmitter {
  deliver(arrival: Arrival, afterMs: number): void {
    setTimeout(() => this.emit('arrived', arrival), afterMs);
  }
}

async function awaitArrival(line: CargoLine, carrierId: string, timeoutMs: number): Promise<Arrival> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arrival = (async () => {
    for (;;) {
      const [event] = (await once(line, 'arrived', { signal: controller.signal })) as [Arrival];
      if (event.carrierId === carrierId) return event;
    }
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`carrier ${carrierId} overdue after ${timeoutMs}ms`)), timeoutMs);
  });
  try {
    return await Promise.race([arrival, timeout]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

describe('awaitArrival', () => {
  let line: CargoLine;

  beforeEach(() => {
    line = new CargoLine();
  });

  it('resolves when the matching carrier arrives', async () => {
    line.deliver({ carrierId: 'C-12', station: 'upper', payloadKg: 340 }, 5);
    const arrival = await awaitArrival(line, 'C-12', 1_000);
    expect(arrival.payloadKg).toBe(340);
  });

  it('skips other carriers and keeps waiting', async () => {
    line.deliver({ carrierId: 'C-3', station: 'upper', payloadKg: 120 }, 2);
    line.deliver({ carrierId: 'C-4', station: 'upper', payloadKg: 410 }, 6);
    const arrival = await awaitArrival(line, 'C-4', 1_000);
    expect(arrival.carrierId).toBe('C-4');
  });

  it('removes its listener once the carrier has arrived', async () => {
    line.deliver({ carrierId: 'C-9', station: 'lower', payloadKg: 80 }, 1);
    await awaitArrival(line, 'C-9', 1_000);
    expect(line.listenerCount('arrived')).toBe(0);
  });

  it('times out and removes its listener when the carrier is overdue', async () => {
    await expect(awaitArrival(line, 'C-77', 15)).rejects.toThrow(/overdue after 15ms/);
    expect(line.listenerCount('arrived')).toBe(0);
  });
});
