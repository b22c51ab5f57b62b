// expect: none
// scanWithRetry retries only scanner glitches and rethrows an AbortError (or anything once the signal is aborted), and its backoff sleep takes the same signal.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void>; toMatchObject(expected: object): Promise<void> };
};
declare const vi: {
  fn<T extends (...args: any[]) => any>(impl: T): T & { mock: { calls: Parameters<T>[] } };
};

class ScannerGlitch extends Error {
  override name = 'ScannerGlitch';
}

interface ScannedTicket {
  number: number;
  stub: 'A' | 'B';
}

type ScanFn = (options: { signal: AbortSignal }) => Promise<ScannedTicket>;

async function scanWithRetry(scan: ScanFn, signal: AbortSignal, attempts = 3): Promise<ScannedTicket> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await scan({ signal });
    } catch (err) {
      if (signal.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
      if (!(err instanceof ScannerGlitch) || attempt >= attempts) throw err;
      await sleep(5 * attempt, undefined, { signal });
    }
  }
}

describe('raffle stub scanner', () => {
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
  });

  it('retries a glitchy read', async () => {
    let calls = 0;
    const scan = vi.fn(async () => {
      calls++;
      if (calls < 3) throw new ScannerGlitch('smudged barcode');
      return { number: 4412, stub: 'A' as const };
    });
    expect(await scanWithRetry(scan, controller.signal)).toEqual({ number: 4412, stub: 'A' });
    expect(scan.mock.calls.length).toBe(3);
  });

  it('gives up after the last attempt', async () => {
    const scan = vi.fn(async (): Promise<ScannedTicket> => {
      throw new ScannerGlitch('no paper');
    });
    await expect(scanWithRetry(scan, controller.signal, 2)).rejects.toThrow('no paper');
    expect(scan.mock.calls.length).toBe(2);
  });

  it('does not retry after the draw is cancelled', async () => {
    const scan = vi.fn(async ({ signal }: { signal: AbortSignal }): Promise<ScannedTicket> => {
      controller.abort();
      signal.throwIfAborted();
      return { number: 1, stub: 'B' };
    });
    await expect(scanWithRetry(scan, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(scan.mock.calls.length).toBe(1);
  });

  it('passes the draw signal to the scanner', async () => {
    const scan = vi.fn(async ({ signal }: { signal: AbortSignal }) => {
      expect(signal).toBe(controller.signal);
      return { number: 77, stub: 'B' as const };
    });
    await scanWithRetry(scan, controller.signal);
  });
});
