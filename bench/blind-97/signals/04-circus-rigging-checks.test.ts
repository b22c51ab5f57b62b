// expect: none
// The tension monitor passes its signal to every sensor read and to its own abortable delay, rethrows AbortError instead of counting it as a sensor fault, and the tests abort the controller in teardown.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TensionSensor {
  read(lineId: string, opts: { signal: AbortSignal }): Promise<number>;
}

interface TensionSample {
  lineId: string;
  newtons: number;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
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

async function* monitorLine(
  sensor: TensionSensor,
  lineId: string,
  opts: { signal: AbortSignal; intervalMs: number; maxFaults: number },
): AsyncGenerator<TensionSample> {
  let faults = 0;
  while (true) {
    try {
      const newtons = await sensor.read(lineId, { signal: opts.signal });
      faults = 0;
      yield { lineId, newtons };
    } catch (err) {
      if (opts.signal.aborted) throw err;
      if (++faults >= opts.maxFaults) throw new Error(`sensor on ${lineId} faulted ${faults} times`, { cause: err });
    }
    await delay(opts.intervalMs, opts.signal);
  }
}

describe('monitorLine', () => {
  let controller: AbortController;
  let read: ReturnType<typeof vi.fn<TensionSensor['read']>>;

  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    read = vi.fn<TensionSensor['read']>();
  });

  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('yields a sample per interval and forwards the signal to the sensor', async () => {
    read.mockResolvedValueOnce(1200).mockResolvedValueOnce(1350);
    const samples = monitorLine({ read }, 'aerial-hoop', { signal: controller.signal, intervalMs: 500, maxFaults: 3 });

    await expect(samples.next()).resolves.toEqual({ done: false, value: { lineId: 'aerial-hoop', newtons: 1200 } });
    const [second] = await Promise.all([samples.next(), vi.advanceTimersByTimeAsync(500)]);
    expect(second.value).toEqual({ lineId: 'aerial-hoop', newtons: 1350 });
    expect(read).toHaveBeenCalledWith('aerial-hoop', { signal: controller.signal });
  });

  it('ends with the AbortError rather than counting it as a fault', async () => {
    read.mockResolvedValue(900);
    const samples = monitorLine({ read }, 'spanish-web', { signal: controller.signal, intervalMs: 1_000, maxFaults: 1 });
    await samples.next();

    const pending = expect(samples.next()).rejects.toMatchObject({ name: 'AbortError' });
    controller.abort();
    await pending;
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('gives up after repeated sensor faults', async () => {
    read.mockRejectedValue(new Error('strain gauge offline'));
    const samples = monitorLine({ read }, 'cloud-swing', { signal: controller.signal, intervalMs: 250, maxFaults: 2 });
    const [result] = await Promise.allSettled([samples.next(), vi.advanceTimersByTimeAsync(250)]);
    expect(result.status).toBe('rejected');
    if (result.status === 'rejected') expect(String(result.reason)).toMatch(/faulted 2 times/);
  });
});
