// expect: none
// waitForPoolTemperature settles once on reaching the target or on the timeout, and each path clears the timer and removes the reading listener before settling.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface ProbeReading {
  poolId: string;
  celsius: number;
}

class PoolProbeHub extends EventEmitter {
  push(reading: ProbeReading): void {
    this.emit('reading', reading);
  }
}

function waitForPoolTemperature(
  hub: PoolProbeHub,
  poolId: string,
  targetCelsius: number,
  timeoutMs: number,
): Promise<ProbeReading> {
  return new Promise<ProbeReading>((resolve, reject) => {
    const onReading = (reading: ProbeReading) => {
      if (reading.poolId !== poolId || reading.celsius < targetCelsius) return;
      clearTimeout(timer);
      hub.off('reading', onReading);
      resolve(reading);
    };
    const timer = setTimeout(() => {
      hub.off('reading', onReading);
      reject(new Error(`${poolId} did not reach ${targetCelsius}°C within ${timeoutMs} ms`));
    }, timeoutMs);
    hub.on('reading', onReading);
  });
}

describe('waitForPoolTemperature', () => {
  let hub: PoolProbeHub;

  beforeEach(() => {
    vi.useFakeTimers();
    hub = new PoolProbeHub();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the first reading at or above target for that pool', async () => {
    const pending = waitForPoolTemperature(hub, 'blue-lagoon', 38, 60_000);
    hub.push({ poolId: 'blue-lagoon', celsius: 36.5 });
    hub.push({ poolId: 'mud-bath', celsius: 41 });
    hub.push({ poolId: 'blue-lagoon', celsius: 38.2 });
    await expect(pending).resolves.toEqual({ poolId: 'blue-lagoon', celsius: 38.2 });
    expect(hub.listenerCount('reading')).toBe(0);
  });

  it('rejects after the timeout and detaches its listener', async () => {
    const pending = waitForPoolTemperature(hub, 'steam-grotto', 45, 30_000);
    const assertion = expect(pending).rejects.toThrow(/steam-grotto did not reach 45/);
    hub.push({ poolId: 'steam-grotto', celsius: 44.9 });
    await vi.advanceTimersByTimeAsync(30_000);
    await assertion;
    expect(hub.listenerCount('reading')).toBe(0);
  });

  it('does not leave a pending timer once resolved', async () => {
    const pending = waitForPoolTemperature(hub, 'blue-lagoon', 37, 10_000);
    hub.push({ poolId: 'blue-lagoon', celsius: 39 });
    await pending;
    expect(vi.getTimerCount()).toBe(0);
  });
});
