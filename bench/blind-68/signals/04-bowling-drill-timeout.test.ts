// expect: none
// Correct: withTimeout races the operation against a timer that is always cleared in finally, so the losing timer never outlives the race.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeLessThan(n: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

export class TimeoutError extends Error {
  constructor(label: string, ms: number) {
    super(`${label} timed out after ${ms}ms`);
  }
}

export async function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(label, ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

class FakeDriller extends EventEmitter {
  layoutMs = 5;
  coreTempC = 21;

  async layout(pinToPapMm: number): Promise<{ pinToPapMm: number; axisTiltDeg: number }> {
    await new Promise<void>((r) => setTimeout(r, this.layoutMs));
    return { pinToPapMm, axisTiltDeg: pinToPapMm > 110 ? 45 : 30 };
  }

  async readCoreTemp(): Promise<number> {
    await Promise.resolve();
    return this.coreTempC;
  }
}

describe('bowling ball driller layout timeouts', () => {
  let driller: FakeDriller;

  beforeEach(() => {
    driller = new FakeDriller();
  });

  it('returns the layout when the driller answers in time', async () => {
    const result = await withTimeout(driller.layout(127), 200, 'layout');
    expect(result.axisTiltDeg).toBe(45);
  });

  it('fails a stuck layout with a TimeoutError', async () => {
    driller.layoutMs = 500;
    await expect(withTimeout(driller.layout(95), 20, 'layout')).rejects.toThrow(/layout timed out after 20ms/);
  });

  it('does not keep the event loop busy after a fast result', async () => {
    const started = Date.now();
    await withTimeout(driller.readCoreTemp(), 60_000, 'core temp');
    expect(Date.now() - started).toBeLessThan(50);
  });

  it('passes through errors from the driller itself', async () => {
    const failing = Promise.reject(new Error('chuck not closed'));
    await expect(withTimeout(failing, 1_000, 'chuck')).rejects.toThrow('chuck not closed');
  });

  it('reports a cool core before drilling reactive resin', async () => {
    driller.coreTempC = 19;
    const temp = await withTimeout(driller.readCoreTemp(), 100, 'core temp');
    expect(temp).toBeLessThan(24);
  });
});
