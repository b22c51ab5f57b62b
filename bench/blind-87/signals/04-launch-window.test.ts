// expect: none
// waitForLaunchWindow passes its signal to every read and every sleep, and the abort reaches the caller as an AbortError; the tests attach expectations before moving the fake clock.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface WindowOptions {
  signal: AbortSignal;
  minKnots: number;
  maxKnots: number;
  pollMs: number;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function waitForLaunchWindow(
  readKnots: (signal: AbortSignal) => Promise<number>,
  opts: WindowOptions,
): Promise<number> {
  for (;;) {
    const knots = await readKnots(opts.signal);
    if (knots >= opts.minKnots && knots <= opts.maxKnots) return knots;
    await sleep(opts.pollMs, opts.signal);
  }
}

describe('waitForLaunchWindow', () => {
  let ac: AbortController;
  let readKnots: ReturnType<typeof vi.fn<(signal: AbortSignal) => Promise<number>>>;

  beforeEach(() => {
    vi.useFakeTimers();
    ac = new AbortController();
    readKnots = vi.fn<(signal: AbortSignal) => Promise<number>>();
  });

  afterEach(() => {
    ac.abort();
    vi.useRealTimers();
  });

  it('resolves with the first reading inside the window', async () => {
    readKnots.mockResolvedValueOnce(3).mockResolvedValueOnce(31).mockResolvedValueOnce(14);
    const outcome = expect(
      waitForLaunchWindow(readKnots, { signal: ac.signal, minKnots: 8, maxKnots: 20, pollMs: 5_000 }),
    ).resolves.toBe(14);

    await vi.advanceTimersByTimeAsync(10_000);

    await outcome;
    expect(readKnots).toHaveBeenCalledTimes(3);
  });

  it('hands the abort signal to the anemometer read', async () => {
    readKnots.mockResolvedValue(12);
    await waitForLaunchWindow(readKnots, { signal: ac.signal, minKnots: 8, maxKnots: 20, pollMs: 5_000 });
    expect(readKnots).toHaveBeenCalledWith(ac.signal);
  });

  it('stops polling as soon as the flight director aborts', async () => {
    readKnots.mockResolvedValue(2);
    const outcome = expect(
      waitForLaunchWindow(readKnots, { signal: ac.signal, minKnots: 8, maxKnots: 20, pollMs: 5_000 }),
    ).rejects.toMatchObject({ name: 'AbortError' });

    await vi.advanceTimersByTimeAsync(6_000);
    ac.abort();

    await outcome;
    expect(readKnots).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects straight away when the signal is already aborted', async () => {
    ac.abort();
    readKnots.mockImplementation(async (signal) => {
      signal.throwIfAborted();
      return 12;
    });
    await expect(
      waitForLaunchWindow(readKnots, { signal: ac.signal, minKnots: 8, maxKnots: 20, pollMs: 5_000 }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
