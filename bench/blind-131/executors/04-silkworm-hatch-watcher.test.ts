// expect: none
// waitForHatch settles once through a shared cleanup that clears the timer and removes all three listeners before resolving or rejecting.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface HatchEvent {
  trayId: string;
  larvae: number;
}

class NurseryTray extends EventEmitter {
  constructor(readonly id: string) {
    super();
  }
}

function waitForHatch(tray: NurseryTray, timeoutMs: number): Promise<HatchEvent> {
  return new Promise<HatchEvent>((resolve, reject) => {
    const onHatched = (larvae: number) => {
      cleanup();
      resolve({ trayId: tray.id, larvae });
    };
    const onFailed = (reason: string) => {
      cleanup();
      reject(new Error(`tray ${tray.id} failed to hatch: ${reason}`));
    };
    const onRemoved = () => {
      cleanup();
      reject(new Error(`tray ${tray.id} was removed from the incubator`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`tray ${tray.id} did not hatch within ${timeoutMs}ms`));
    }, timeoutMs);

    function cleanup(): void {
      clearTimeout(timer);
      tray.off('hatched', onHatched);
      tray.off('failed', onFailed);
      tray.off('removed', onRemoved);
    }

    tray.on('hatched', onHatched);
    tray.on('failed', onFailed);
    tray.on('removed', onRemoved);
  });
}

describe('waitForHatch', () => {
  let tray: NurseryTray;

  beforeEach(() => {
    vi.useFakeTimers();
    tray = new NurseryTray('T-07');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the larvae count from the first hatched event', async () => {
    const pending = waitForHatch(tray, 10_000);
    tray.emit('hatched', 412);
    tray.emit('hatched', 3);
    await expect(pending).resolves.toEqual({ trayId: 'T-07', larvae: 412 });
    expect(tray.listenerCount('hatched')).toBe(0);
  });

  it('rejects when the tray reports a failure', async () => {
    const pending = waitForHatch(tray, 10_000);
    tray.emit('failed', 'mould on the mulberry leaves');
    await expect(pending).rejects.toThrow(/mould on the mulberry leaves/);
    expect(tray.listenerCount('failed')).toBe(0);
  });

  it('rejects when the tray is pulled from the incubator', async () => {
    const pending = waitForHatch(tray, 10_000);
    tray.emit('removed');
    await expect(pending).rejects.toThrow(/removed from the incubator/);
  });

  it('ignores a failure reported after hatching', async () => {
    const pending = waitForHatch(tray, 10_000);
    tray.emit('hatched', 388);
    tray.emit('failed', 'late sensor glitch');
    await expect(pending).resolves.toMatchObject({ larvae: 388 });
  });

  it('times out and detaches its listeners', async () => {
    const pending = waitForHatch(tray, 5_000);
    vi.advanceTimersByTime(5_000);
    await expect(pending).rejects.toThrow(/within 5000ms/);
    expect(tray.listenerCount('hatched')).toBe(0);
    expect(tray.listenerCount('removed')).toBe(0);
  });
});
