// expect: none
// waitForTemperature settles once on reaching target, on fault, or on timeout, and every path clears the timer and removes both listeners first.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface KilnReading {
  zone: string;
  celsius: number;
}

class KilnController extends EventEmitter {
  constructor(public readonly id: string) {
    super();
  }
}

function waitForTemperature(kiln: KilnController, targetC: number, timeoutMs: number): Promise<KilnReading> {
  return new Promise<KilnReading>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`kiln ${kiln.id} did not reach ${targetC}°C in ${timeoutMs}ms`));
    }, timeoutMs);

    const onReading = (r: KilnReading) => {
      if (r.celsius < targetC) return;
      cleanup();
      resolve(r);
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new Error(`kiln ${kiln.id} fault ${code}`));
    };

    function cleanup() {
      clearTimeout(timer);
      kiln.off('reading', onReading);
      kiln.off('fault', onFault);
    }

    kiln.on('reading', onReading);
    kiln.on('fault', onFault);
  });
}

describe('waitForTemperature', () => {
  let kiln: KilnController;

  beforeEach(() => {
    vi.useFakeTimers();
    kiln = new KilnController('K-3');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the first reading at or above target', async () => {
    const pending = waitForTemperature(kiln, 1040, 60_000);
    kiln.emit('reading', { zone: 'upper', celsius: 990 });
    kiln.emit('reading', { zone: 'upper', celsius: 1042 });
    await expect(pending).resolves.toEqual({ zone: 'upper', celsius: 1042 });
    expect(kiln.listenerCount('reading')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects on a controller fault and detaches', async () => {
    const pending = waitForTemperature(kiln, 1040, 60_000);
    kiln.emit('fault', 'TC_OPEN');
    await expect(pending).rejects.toThrow(/fault TC_OPEN/);
    expect(kiln.listenerCount('fault')).toBe(0);
  });

  it('rejects when the ramp takes too long', async () => {
    const pending = waitForTemperature(kiln, 1200, 5_000);
    const assertion = expect(pending).rejects.toThrow(/did not reach 1200/);
    kiln.emit('reading', { zone: 'lower', celsius: 800 });
    await vi.advanceTimersByTimeAsync(5_000);
    await assertion;
    expect(kiln.listenerCount('reading')).toBe(0);
  });

  it('ignores readings after it has resolved', async () => {
    const spy = vi.fn();
    const pending = waitForTemperature(kiln, 500, 1_000).then(spy);
    kiln.emit('reading', { zone: 'upper', celsius: 510 });
    kiln.emit('reading', { zone: 'upper', celsius: 530 });
    await pending;
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledWith({ zone: 'upper', celsius: 510 });
  });
});
