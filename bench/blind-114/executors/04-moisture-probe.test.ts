// expect: none
// The helper clears its timer when a qualifying reading arrives and detaches its listener on timeout, so each path settles exactly once and leaves nothing behind.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface MoistureReading {
  tray: string;
  percent: number;
}

class MoistureTimeoutError extends Error {
  override name = 'MoistureTimeoutError';
}

function waitForMoisture(
  probe: EventEmitter,
  tray: string,
  minPercent: number,
  timeoutMs: number,
): Promise<MoistureReading> {
  return new Promise((resolve, reject) => {
    const onReading = (reading: MoistureReading) => {
      if (reading.tray !== tray || reading.percent < minPercent) return;
      clearTimeout(timer);
      probe.off('reading', onReading);
      resolve(reading);
    };
    const timer = setTimeout(() => {
      probe.off('reading', onReading);
      reject(new MoistureTimeoutError(`tray ${tray} stayed below ${minPercent}% for ${timeoutMs}ms`));
    }, timeoutMs);
    probe.on('reading', onReading);
  });
}

describe('waitForMoisture', () => {
  let probe: EventEmitter;

  beforeEach(() => {
    vi.useFakeTimers();
    probe = new EventEmitter();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the first reading at or above the threshold', async () => {
    const pending = waitForMoisture(probe, 'juniper-3', 40, 60_000);
    probe.emit('reading', { tray: 'juniper-3', percent: 31 });
    probe.emit('reading', { tray: 'juniper-3', percent: 44 });
    probe.emit('reading', { tray: 'juniper-3', percent: 52 });

    await expect(pending).resolves.toEqual({ tray: 'juniper-3', percent: 44 });
    expect(probe.listenerCount('reading')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores readings from other trays', async () => {
    const pending = waitForMoisture(probe, 'maple-1', 35, 60_000);
    probe.emit('reading', { tray: 'maple-2', percent: 80 });
    expect(probe.listenerCount('reading')).toBe(1);

    probe.emit('reading', { tray: 'maple-1', percent: 36 });
    await expect(pending).resolves.toMatchObject({ tray: 'maple-1' });
  });

  it('rejects after the timeout and stops listening', async () => {
    const outcome = waitForMoisture(probe, 'pine-7', 50, 30_000).then(
      () => null,
      (err: unknown) => err,
    );
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await outcome).toBeInstanceOf(MoistureTimeoutError);

    expect(probe.listenerCount('reading')).toBe(0);
  });

  it('does not reject once it has resolved', async () => {
    const onUnhandled = vi.fn();
    process.on('unhandledRejection', onUnhandled);
    try {
      const pending = waitForMoisture(probe, 'ficus-2', 20, 1_000);
      probe.emit('reading', { tray: 'ficus-2', percent: 25 });
      await expect(pending).resolves.toBeDefined();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(onUnhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
