// expect: none
// readKn races the device sample against a timeout but clears the timer, removes the caller's abort listener and aborts the losing sample in finally, so nothing from the race outlives the call.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface GaugeDevice {
  sample(options: { signal: AbortSignal }): Promise<number>;
}

class TensionGauge {
  constructor(private readonly device: GaugeDevice) {}

  async readKn(timeoutMs: number, signal?: AbortSignal): Promise<number> {
    signal?.throwIfAborted();
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const err = new Error(`tension gauge did not answer within ${timeoutMs}ms`);
        err.name = 'TimeoutError';
        reject(err);
      }, timeoutMs);
    });

    try {
      return await Promise.race([this.device.sample({ signal: controller.signal }), timeout]);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      controller.abort();
    }
  }
}

function fakeDevice(answerAfterMs: number, kn: number) {
  const stats = { aborted: 0 };
  const device: GaugeDevice = {
    sample: ({ signal }) =>
      new Promise<number>((resolve, reject) => {
        const onAbort = () => {
          clearTimeout(t);
          stats.aborted++;
          reject(signal.reason);
        };
        const t = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          resolve(kn);
        }, answerAfterMs);
        signal.addEventListener('abort', onAbort, { once: true });
      }),
  };
  return { device, stats };
}

describe('TensionGauge.readKn', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the sample when the gauge answers in time', async () => {
    const { device, stats } = fakeDevice(200, 4.2);
    const reading = new TensionGauge(device).readKn(1_000);
    vi.advanceTimersByTime(200);
    await expect(reading).resolves.toBe(4.2);
    expect(stats.aborted).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('times out and cancels the outstanding sample', async () => {
    const { device, stats } = fakeDevice(5_000, 4.2);
    const reading = new TensionGauge(device).readKn(500);
    vi.advanceTimersByTime(500);
    await expect(reading).rejects.toThrow('did not answer within 500ms');
    expect(stats.aborted).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forwards the caller abort reason to the device', async () => {
    const { device, stats } = fakeDevice(5_000, 4.2);
    const job = new AbortController();
    const reading = new TensionGauge(device).readKn(1_000, job.signal);
    job.abort(new Error('rope access job cancelled'));
    await expect(reading).rejects.toThrow('rope access job cancelled');
    expect(stats.aborted).toBe(1);
  });

  it('refuses to start when the job is already cancelled', async () => {
    const { device } = fakeDevice(10, 1);
    const job = new AbortController();
    job.abort(new Error('weather hold'));
    await expect(new TensionGauge(device).readKn(1_000, job.signal)).rejects.toThrow('weather hold');
  });
});
