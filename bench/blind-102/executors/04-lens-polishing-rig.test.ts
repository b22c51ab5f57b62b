// expect: none
// waitForCycle's executor settles through one cleanup path for 'cycle', 'fault' and its deadline timer, removing the other listeners and clearing the timer, so it settles exactly once and never hangs.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface CycleReport {
  lensId: string;
  grit: number;
  passes: number;
}

class PolishingRig extends EventEmitter {
  running = false;

  start(lensId: string, grit: number): void {
    this.running = true;
    this.emit('started', { lensId, grit });
  }

  stop(): void {
    this.running = false;
    this.removeAllListeners();
  }

  waitForCycle(deadlineMs: number): Promise<CycleReport> {
    return new Promise<CycleReport>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        this.off('cycle', onCycle);
        this.off('fault', onFault);
      };
      const onCycle = (report: CycleReport) => {
        cleanup();
        resolve(report);
      };
      const onFault = (reason: string) => {
        cleanup();
        reject(new Error(`polishing fault: ${reason}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no cycle within ${deadlineMs}ms`));
      }, deadlineMs);
      this.on('cycle', onCycle);
      this.on('fault', onFault);
    });
  }
}

describe('PolishingRig.waitForCycle', () => {
  let rig: PolishingRig;

  beforeEach(() => {
    vi.useFakeTimers();
    rig = new PolishingRig();
  });

  afterEach(() => {
    rig.stop();
    vi.useRealTimers();
  });

  it('resolves with the first completed cycle', async () => {
    const pending = rig.waitForCycle(5_000);
    rig.start('fresnel-3', 600);
    rig.emit('cycle', { lensId: 'fresnel-3', grit: 600, passes: 12 });
    await expect(pending).resolves.toEqual({ lensId: 'fresnel-3', grit: 600, passes: 12 });
    expect(rig.listenerCount('cycle')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects on a fault and detaches its listeners', async () => {
    const pending = rig.waitForCycle(5_000);
    rig.emit('fault', 'pad overheated');
    await expect(pending).rejects.toThrow('pad overheated');
    expect(rig.listenerCount('fault')).toBe(0);
  });

  it('rejects when the deadline passes', async () => {
    const pending = rig.waitForCycle(2_000);
    await Promise.all([
      expect(pending).rejects.toThrow('no cycle within 2000ms'),
      vi.advanceTimersByTimeAsync(2_000),
    ]);
    expect(rig.listenerCount('cycle')).toBe(0);
  });

  it('notifies observers when a run starts', () => {
    const onStarted = vi.fn();
    rig.on('started', onStarted);
    rig.start('bullseye-1', 1200);
    expect(onStarted).toHaveBeenCalledWith({ lensId: 'bullseye-1', grit: 1200 });
  });
});
