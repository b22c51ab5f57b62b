// expect: none
// waitForProofLoad clears its timeout and detaches both listeners in one cleanup step before resolving or rejecting, and readings below target simply keep listening, so every path settles exactly once.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface LoadReading {
  anchorId: string;
  kn: number;
}

class LoadCell extends EventEmitter {
  push(anchorId: string, kn: number): void {
    const reading: LoadReading = { anchorId, kn };
    this.emit('reading', reading);
  }

  fail(message: string): void {
    this.emit('fault', new Error(message));
  }
}

function waitForProofLoad(cell: LoadCell, anchorId: string, targetKn: number, holdMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let peak = 0;
    const cleanup = () => {
      clearTimeout(timer);
      cell.off('reading', onReading);
      cell.off('fault', onFault);
    };
    const onReading = (r: LoadReading) => {
      if (r.anchorId !== anchorId) return;
      peak = Math.max(peak, r.kn);
      if (r.kn >= targetKn) {
        cleanup();
        resolve(r.kn);
      }
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`anchor ${anchorId} peaked at ${peak} kN, below proof load ${targetKn} kN`));
    }, holdMs);
    cell.on('reading', onReading);
    cell.on('fault', onFault);
  });
}

describe('waitForProofLoad', () => {
  let cell: LoadCell;

  beforeEach(() => {
    vi.useFakeTimers();
    cell = new LoadCell();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the first reading at or above the proof load', async () => {
    const pending = waitForProofLoad(cell, 'A-3', 12, 5_000);
    cell.push('A-3', 6.5);
    cell.push('A-3', 12.4);
    cell.push('A-3', 13.1);
    await expect(pending).resolves.toBe(12.4);
  });

  it('ignores readings from other anchors and reports the peak on timeout', async () => {
    const pending = waitForProofLoad(cell, 'A-3', 12, 5_000);
    cell.push('B-1', 15);
    cell.push('A-3', 9.8);
    vi.advanceTimersByTime(5_000);
    await expect(pending).rejects.toThrow('peaked at 9.8 kN');
  });

  it('rejects when the load cell reports a fault', async () => {
    const pending = waitForProofLoad(cell, 'A-3', 12, 5_000);
    cell.fail('bridge excitation lost');
    await expect(pending).rejects.toThrow('bridge excitation lost');
  });

  it('leaves no listeners or timers behind once settled', async () => {
    const pending = waitForProofLoad(cell, 'A-3', 12, 5_000);
    cell.push('A-3', 12);
    await pending;
    expect(cell.listenerCount('reading')).toBe(0);
    expect(cell.listenerCount('fault')).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
